// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Launches on the managed local Prism at the same time, and workers that die (issue #29), with the
// real beam-launcher, real Prism and boot (built by PrismTools with the overlay) and real Beam
// pipelines:
//  - four launches of four different pipelines at once, ten rounds, beside a CPU load: each gives
//    its own result; no file is left in /tmp/staged or /tmp/binN, no run folder, no process;
//  - two launches of the same up-to-date binaries at once both run (a shared hold on the folder);
//  - a worker that cannot start fails its launch within 10 s, its own words shown, the job
//    cancelled, nothing left running;
//  - a job left with no worker and no progress is cancelled after --stall-timeout;
//  - a run folder that a killed launch left is removed at the next start, a live one kept.
// Prism and boot are kept in BL_E2E_CACHE/managed-prism (tst_managedprism shares them).
#include "CliRunner.h"
#include "ProcessProbe.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifndef _WIN32
#include <sys/time.h>
#endif

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
const QString Runners = QStringLiteral(BL_E2E_CACHE "/managed-prism");
const QStringList SampleCounts = {u"a: 2"_s,   u"and: 1"_s, u"cat: 2"_s, u"dog: 2"_s, u"log: 1"_s,
                                  u"mat: 1"_s, u"on: 2"_s,  u"sat: 2"_s, u"the: 4"_s};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QStringList sortedLines(const QString &file)
{
    QStringList lines = QString::fromUtf8(readAll(file)).split(u'\n', Qt::SkipEmptyParts);
    lines.sort();
    return lines;
}

/// The sample's counts as pipeline `tag` writes them ("p2 the: 4").
QStringList countsOf(const QString &tag)
{
    QStringList lines;
    for (const QString &line : SampleCounts)
        lines << tag + u' ' + line;
    return lines;
}

/// /tmp entries boot would leave if it still used the machine-wide /tmp: staged, bin*.
QSet<QString> bootLeftovers()
{
    const QStringList entries = QDir(u"/tmp"_s).entryList({u"staged"_s, u"bin*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    return QSet<QString>(entries.cbegin(), entries.cend());
}

/// Processes running a program of the managed runners' folder or one of its run folders: prism,
/// boot, boot's copies of workers.
QStringList runnerProcesses()
{
    QStringList found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok || !isAlive(pid))
            continue;
        const QString exe = QFile::symLinkTarget(u"/proc/"_s + entry + u"/exe"_s);
        if (exe.startsWith(Runners + u'/'))
            found << entry + u' ' + exe;
    }
    return found;
}

QStringList runFolders()
{
    return QDir(Runners).entryList({u"run-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
}

void makeOld(const QString &path)
{
#ifndef _WIN32
    const timeval old[2] = {{::time(nullptr) - 3600, 0}, {::time(nullptr) - 3600, 0}};
    ::utimes(QFile::encodeName(path).constData(), old);
#endif
}

} // namespace

class TestLaunchesAtOnce : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    QProcessEnvironment m_env;

    QProcess *startLaunch(const QStringList &arguments, const QString &name)
    {
        auto *launch = new QProcess(this);
        launch->setObjectName(name);
        launch->setProcessEnvironment(m_env);
        launch->start(QStringLiteral(BL_EXECUTABLE), arguments);
        return launch;
    }

    /// A copy of the sample whose lines start with `tag`: another pipeline (another module, another
    /// function body, so another worker binary) with a result of its own.
    QString variant(const QString &tag)
    {
        const QString dir = m_work.filePath(u"pipelines/"_s + tag);
        QByteArray main = readAll(Sample + u"/main.go"_s);
        const QByteArray format = "fmt.Sprintf(\"%s: %d\", word, count)";
        if (!main.contains(format))
            return {};
        main.replace(format, QByteArray("fmt.Sprintf(\"" + tag.toUtf8() + " %s: %d\", word, count)"));
        QByteArray mod = readAll(Sample + u"/go.mod"_s);
        mod.replace(QByteArray("beamlauncher.example/sample/wordcount"), QByteArray("beamlauncher.example/e2e/" + tag.toUtf8()));
        if (!writeAll(dir + u"/main.go"_s, main) || !writeAll(dir + u"/go.mod"_s, mod)
            || !writeAll(dir + u"/go.sum"_s, readAll(Sample + u"/go.sum"_s)))
            return {};
        return dir;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_work.filePath(u"cache"_s));
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_work.filePath(u"config"_s));
        m_env.insert(u"BEAM_LAUNCHER_RUNNERS_DIR"_s, Runners);
        // Prism and boot for the sample's Beam version, built once (a few minutes on a cold machine).
        QElapsedTimer clock;
        clock.start();
        const CliRun first = runCli({u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--local-job-server"_s, u"--"_s,
                                     u"--input="_s + Sample + u"/input.txt"_s,
                                     u"--output="_s + m_work.filePath(u"warmup.txt"_s)},
                                    m_env, 2400000);
        BL_VERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        QCOMPARE(sortedLines(m_work.filePath(u"warmup.txt"_s)), SampleCounts);
        qInfo("the first managed launch took %.1f s (Prism built if it was not cached)", clock.elapsed() / 1000.0);
    }

    void aWorkerThatCannotStartFailsTheLaunchWithinSeconds()
    {
        const QString dead = QStringLiteral(BL_FIXTURES_DIR "/launches/deadworker");
        QProcess *launch = startLaunch({u"launch"_s, dead, u"--runner"_s, u"prism"_s, u"--local-job-server"_s,
                                        u"--json"_s},
                                       u"dead"_s);
        QByteArray out;
        QElapsedTimer sinceStart;
        connect(launch, &QProcess::readyReadStandardOutput, this, [&] {
            out += launch->readAllStandardOutput();
            if (!sinceStart.isValid() && out.contains("\"event\":\"launch-started\""))
                sinceStart.start();
        });
        QVERIFY(launch->waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(launch->state() == QProcess::NotRunning, 600000);
        out += launch->readAllStandardOutput();
        const QByteArray err = launch->readAllStandardError();
        const QString describe = QString::fromUtf8(err.right(5000) + "\n---\n" + out.right(5000));
        BL_VERIFY2(sinceStart.isValid(), qPrintable(describe));
        const qint64 ms = sinceStart.elapsed();
        qInfo("the launch with a dead worker ended %.1f s after the launcher started", ms / 1000.0);
        BL_VERIFY2(launch->exitCode() == 1, qPrintable(describe));
        BL_VERIFY2(ms < 10000, qPrintable(u"%1 ms\n"_s.arg(ms) + describe));
        // The worker's own words: in the error and among the worker's lines.
        const QList<QJsonObject> events = parseEvents(out);
        QString error;
        bool workerSaidIt = false;
        bool cancelled = false;
        for (const QJsonObject &e : events) {
            const QString name = e.value(u"event"_s).toString();
            if (name == u"error"_s)
                error += e.value(u"message"_s).toString();
            else if (name == u"worker-output"_s && e.value(u"line"_s).toString().contains(u"this worker cannot start"_s))
                workerSaidIt = true;
            else if (name == u"job"_s && e.value(u"state"_s).toString() == u"CANCELLED"_s)
                cancelled = true;
        }
        BL_VERIFY2(error.contains(u"ended before the job did"_s), qPrintable(describe));
        BL_VERIFY2(error.contains(u"User program exited"_s) || error.contains(u"this worker cannot start"_s),
                 qPrintable(error));
        BL_VERIFY2(workerSaidIt, qPrintable(describe));
        BL_VERIFY2(cancelled || err.contains("is CANCELLED on the runner"), qPrintable(describe));
        QTRY_VERIFY2_WITH_TIMEOUT(runnerProcesses().isEmpty(), qPrintable(runnerProcesses().join(u'\n')), 10000);
        delete launch;
    }

    void aJobWithNoWorkerIsCancelledAfterTheStallTimeout()
    {
        // A PROCESS command that ends at once, quietly: Prism starts it, it is gone, and the job
        // stays RUNNING forever waiting for a worker.
        const QString command = m_work.filePath(u"gone.sh"_s);
        QVERIFY(writeAll(command, "#!/bin/sh\nexit 0\n"));
        QVERIFY(QFile::setPermissions(command, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QElapsedTimer clock;
        clock.start();
        const CliRun run = runCli({u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--local-job-server"_s,
                                   u"--environment-type"_s, u"PROCESS"_s, u"--environment-config"_s,
                                   u"{\"command\":\"%1\"}"_s.arg(command), u"--stall-timeout"_s, u"3"_s, u"--json"_s,
                                   u"--"_s, u"--input="_s + Sample + u"/input.txt"_s,
                                   u"--output="_s + m_work.filePath(u"never.txt"_s)},
                                  m_env, 300000);
        qInfo("the stalled launch ended after %.1f s", clock.elapsed() / 1000.0);
        BL_VERIFY2(run.exitCode == 1, qPrintable(run.describe()));
        BL_VERIFY2(run.errorText().contains(u"with no worker alive and no progress"_s), qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("is CANCELLED on the runner"), qPrintable(run.describe()));
        QVERIFY(!QFileInfo::exists(m_work.filePath(u"never.txt"_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(runnerProcesses().isEmpty(), qPrintable(runnerProcesses().join(u'\n')), 10000);
    }

    void twoLaunchesOfTheSameBinariesRunAtOnce()
    {
        const QString out = m_work.filePath(u"same-out"_s);
        const CliRun build = runCli({u"build"_s, Sample, u"--out"_s, out}, m_env, 600000);
        BL_VERIFY2(build.exitCode == 0, qPrintable(build.describe()));
        QList<QProcess *> launches;
        for (int i = 0; i < 2; ++i)
            launches << startLaunch({u"launch"_s, Sample, u"--out"_s, out, u"--runner"_s, u"prism"_s,
                                     u"--local-job-server"_s, u"--json"_s, u"--"_s, u"--input="_s + Sample + u"/input.txt"_s,
                                     u"--output="_s + m_work.filePath(u"same-%1.txt"_s.arg(i))},
                                    u"same-%1"_s.arg(i));
        for (QProcess *launch : std::as_const(launches)) {
            QVERIFY(launch->waitForFinished(600000));
            const QByteArray events = launch->readAllStandardOutput();
            BL_VERIFY2(launch->exitCode() == 0, launch->readAllStandardError().right(5000).constData());
            BL_VERIFY2(events.contains("\"upToDate\":true"), events.right(3000).constData());
        }
        for (int i = 0; i < 2; ++i)
            QCOMPARE(sortedLines(m_work.filePath(u"same-%1.txt"_s.arg(i))), SampleCounts);
        qDeleteAll(launches);
    }

    void fourPipelinesAtOnceTenRoundsEachRunsItsOwnWorker()
    {
        QStringList pipelines;
        for (int i = 1; i <= 4; ++i) {
            const QString dir = variant(u"p%1"_s.arg(i));
            BL_VERIFY2(!dir.isEmpty(), "the sample's main.go no longer has the line the variants change");
            pipelines << dir;
        }
        const QSet<QString> tmpBefore = bootLeftovers();
        // Two busy loops: the machine's two cores are taken while the launches run.
        QList<QProcess *> load;
        for (int i = 0; i < 2; ++i) {
            auto *busy = new QProcess(this);
            busy->start(u"sh"_s, {u"-c"_s, u"while :; do :; done"_s});
            QVERIFY(busy->waitForStarted());
            load << busy;
        }
        const auto stopLoad = qScopeGuard([&] {
            for (QProcess *busy : std::as_const(load)) {
                busy->kill();
                busy->waitForFinished(5000);
            }
            qDeleteAll(load);
        });
        const int rounds = 10;
        QElapsedTimer clock;
        clock.start();
        for (int round = 1; round <= rounds; ++round) {
            QList<QProcess *> launches;
            for (int i = 0; i < pipelines.size(); ++i) {
                const QString output = m_work.filePath(u"round%1/p%2.txt"_s.arg(round).arg(i + 1));
                launches << startLaunch({u"launch"_s, pipelines.at(i), u"--runner"_s, u"prism"_s,
                                         u"--local-job-server"_s, u"--"_s, u"--input="_s + Sample + u"/input.txt"_s,
                                         u"--output="_s + output},
                                        u"p%1"_s.arg(i + 1));
            }
            for (int i = 0; i < launches.size(); ++i) {
                QProcess *launch = launches.at(i);
                QVERIFY(launch->waitForFinished(900000));
                const bool succeeded = launch->exitStatus() == QProcess::NormalExit && launch->exitCode() == 0;
                if (!succeeded) {
                    // QVERIFY2 keeps 1 KB of its message: the end of the output, where the error is, goes
                    // to the log whole.
                    qWarning("round %d, p%d: %s %d\n--- stderr (end) ---\n%s\n--- stdout (end) ---\n%s", round,
                             i + 1, launch->exitStatus() == QProcess::NormalExit ? "exit code" : "crashed, signal",
                             launch->exitCode(), launch->readAllStandardError().right(8000).constData(),
                             launch->readAllStandardOutput().right(3000).constData());
                }
                BL_VERIFY2(succeeded, qPrintable(u"round %1, p%2 failed: its output is in the warning above"_s.arg(round).arg(i + 1)));
                const QString output = m_work.filePath(u"round%1/p%2.txt"_s.arg(round).arg(i + 1));
                QCOMPARE(sortedLines(output), countsOf(u"p%1"_s.arg(i + 1)));
            }
            qDeleteAll(launches);
            qInfo("round %d: four launches at once done (%.1f s so far)", round, clock.elapsed() / 1000.0);
        }
        QTRY_VERIFY2_WITH_TIMEOUT(runnerProcesses().isEmpty(), qPrintable(runnerProcesses().join(u'\n')), 10000);
        const QSet<QString> leftInTmp = bootLeftovers() - tmpBefore;
        BL_VERIFY2(leftInTmp.isEmpty(), qPrintable(QStringList(leftInTmp.cbegin(), leftInTmp.cend()).join(u", "_s)));
        QTRY_VERIFY2_WITH_TIMEOUT(runFolders().isEmpty(), qPrintable(runFolders().join(u", "_s)), 20000);
    }

    void aRunFolderAKilledLaunchLeftIsRemovedAtTheNextStart()
    {
        // One left by a launch that was killed (its lock names a dead process), one still in use.
        const QString left = Runners + u"/run-leftXX"_s;
        QVERIFY(writeAll(left + u"/staged/1-worker-linux-amd64"_s, QByteArray(1024, 'w')));
        QProcess killed;
        killed.start(QStringLiteral(BL_PROFILE_SAVER),
                     {u"--hold-file"_s, left + u"/.beam-launcher-run.lock"_s, u"60000"_s});
        QVERIFY(killed.waitForReadyRead(20000));
        killed.kill();
        QVERIFY(killed.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(left + u"/.beam-launcher-run.lock"_s));
        makeOld(left);
        const QString live = Runners + u"/run-liveXX"_s;
        QVERIFY(QDir().mkpath(live));
        QLockFile liveLock(live + u"/.beam-launcher-run.lock"_s);
        QVERIFY(liveLock.tryLock(0));
        makeOld(live);

        const CliRun run = runCli({u"launch"_s, Sample, u"--runner"_s, u"prism"_s, u"--local-job-server"_s, u"--"_s,
                                   u"--input="_s + Sample + u"/input.txt"_s,
                                   u"--output="_s + m_work.filePath(u"after-kill.txt"_s)},
                                  m_env, 600000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(left), 10000);
        BL_VERIFY2(QFileInfo::exists(live), "a run folder still in use was removed");
        liveLock.unlock();
        QDir(live).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestLaunchesAtOnce)
#include "tst_launchesatonce.moc"
