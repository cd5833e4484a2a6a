// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// SIGINT/SIGTERM to beam-launcher during a build and during a launch: every child tree dies,
// no temporary or partial binary is left, exit code 130.
#include "CliRunner.h"
#include "ProcessProbe.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

struct Watched
{
    QProcess process;
    QByteArray out;
    QSet<qint64> descendants;

    void start(const QStringList &args, const QProcessEnvironment &env)
    {
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BL_EXECUTABLE), args);
        QVERIFY(process.waitForStarted());
    }
    // Reads output and remembers every descendant seen, until `until` is in the output.
    bool waitFor(const QByteArray &until, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            process.waitForReadyRead(50);
            out += process.readAllStandardOutput();
            for (qint64 pid : descendantsOf(process.processId()))
                descendants.insert(pid);
            if (out.contains(until))
                return true;
            if (process.state() == QProcess::NotRunning)
                return false;
        }
        return false;
    }
};

} // namespace

class TestCancel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s); // runs are recorded there
    }

    void cancelDuringBuild_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP); // the terminal closed
    }

    void cancelDuringBuild()
    {
        QFETCH(int, signalNumber);
        // An empty Go build cache makes the builds compile the standard library: long enough to cancel.
        QTemporaryDir goCache;
        QTemporaryDir out;
        QProcessEnvironment env = m_env;
        env.insert(u"GOCACHE"_s, goCache.path());
        Watched w;
        w.start({u"build"_s, fixture(u"fakebeam"_s), u"--out"_s, out.path(), u"--json"_s}, env);
        QVERIFY(w.waitFor("\"build-started\"", 60000));
        // Let the compilers get going, and look at who runs.
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1500)
            w.waitFor("never", 100);
        BL_VERIFY2(w.descendants.size() >= 2, "both go build commands run");
        ::kill(pid_t(w.process.processId()), signalNumber);
        QVERIFY(w.process.waitForFinished(30000));
        QCOMPARE(w.process.exitCode(), 130);
        w.out += w.process.readAllStandardOutput();
        QVERIFY(w.out.contains("\"error\""));
        for (qint64 pid : std::as_const(w.descendants))
            QTRY_VERIFY2_WITH_TIMEOUT(!isAlive(pid), qPrintable(u"pid %1 survived"_s.arg(pid)), 5000);
        QStringList left;
        QDirIterator it(out.path(), QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            const QString name = QFileInfo(it.next()).fileName();
            if (!name.endsWith(u".log"_s))
                left << name;
        }
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }

    void cancelDuringLaunch()
    {
        QTemporaryDir work;
        const QString pidFile = work.filePath(u"pids"_s);
        Watched w;
        w.start({u"launch"_s, fixture(u"fakebeam"_s), u"--runner"_s, u"prism"_s, u"--json"_s, u"--"_s,
                 u"--ignore_term"_s, u"--spawn"_s, u"--pid_file="_s + pidFile, u"--sleep_ms=600000"_s},
                m_env);
        BL_VERIFY2(w.waitFor("sleeping", 120000), w.out.constData());
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, 10000);
        const QList<qint64> pids = pidsIn(pidFile);
        for (qint64 pid : pids)
            QVERIFY(isAlive(pid));
        ::kill(pid_t(w.process.processId()), SIGINT);
        QVERIFY(w.process.waitForFinished(30000));
        QCOMPARE(w.process.exitCode(), 130);
        for (qint64 pid : pids)
            QTRY_VERIFY2_WITH_TIMEOUT(!isAlive(pid), qPrintable(u"pid %1 survived"_s.arg(pid)), 5000);
    }
};

QTEST_GUILESS_MAIN(TestCancel)
#include "tst_cancel.moc"
