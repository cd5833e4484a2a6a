// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The two builds run at the same time, for real; a cancel mid-way leaves nothing behind.
#include "ProcessProbe.h"
#include "go/DualBuild.h"
#include "go/GoToolchain.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

BuildRequest request(BuildTarget target, const Platform &platform, const QString &outDir,
                     const QProcessEnvironment &env)
{
    QString error;
    BuildRequest r;
    r.target = target;
    r.goPath = GoToolchain::locate(QString(), &error);
    r.packageDir = fixture(u"fakebeam"_s);
    r.platform = platform;
    r.outputPath = outDir + u'/' + targetName(target);
    r.environment = env;
    return r;
}

// How many `go build` processes below us run right now.
int runningGoBuilds()
{
    int count = 0;
    for (qint64 pid : bl::test::descendantsOf(QCoreApplication::applicationPid())) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> argv = cmdline.readAll().split('\0');
            if (argv.size() > 1 && argv.at(0).endsWith("go") && argv.at(1) == "build")
                ++count;
        }
    }
    return count;
}

} // namespace

class TestDualBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsOverlap()
    {
        // A fresh build cache makes both builds long enough to watch.
        QTemporaryDir goCache;
        QTemporaryDir out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, goCache.path());
        DualBuild dual;
        QSignalSpy finished(&dual, &DualBuild::finished);
        int mostAtOnce = 0;
        QTimer probe;
        connect(&probe, &QTimer::timeout, this, [&] { mostAtOnce = std::max(mostAtOnce, runningGoBuilds()); });
        probe.start(20);
        QElapsedTimer clock;
        clock.start();
        dual.start(request(BuildTarget::Launcher, Platform::host(), out.path(), env),
                   request(BuildTarget::Worker, Platform::defaultWorker(), out.path(), env));
        QVERIFY(finished.wait(600000));
        const qint64 dualMs = clock.elapsed();
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(mostAtOnce >= 2, "the two go build commands ran at the same time");
        qInfo("dual build, cold cache: %lld ms", dualMs);
        QVERIFY(dual.result(BuildTarget::Launcher).ok);
        QVERIFY(dual.result(BuildTarget::Worker).ok);
        QCOMPARE(dual.result(BuildTarget::Worker).platform, Platform::defaultWorker());
    }

    void cancelLeavesNothing()
    {
        QTemporaryDir goCache;
        QTemporaryDir out;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GOCACHE"_s, goCache.path());
        DualBuild dual;
        QSignalSpy finished(&dual, &DualBuild::finished);
        dual.start(request(BuildTarget::Launcher, Platform::host(), out.path(), env),
                   request(BuildTarget::Worker, Platform::defaultWorker(), out.path(), env));
        QTRY_COMPARE_WITH_TIMEOUT(runningGoBuilds(), 2, 20000);
        const QList<qint64> before = bl::test::descendantsOf(QCoreApplication::applicationPid());
        QVERIFY(!before.isEmpty());
        QTest::qWait(1000);
        dual.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dual.result(BuildTarget::Launcher).cancelled);
        QVERIFY(dual.result(BuildTarget::Worker).cancelled);
        for (qint64 pid : before)
            QTRY_VERIFY_WITH_TIMEOUT(!bl::test::isAlive(pid), 5000);
        QVERIFY(QDir(out.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDualBuild)
#include "tst_dualbuild.moc"
