// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// `beam-launcher launch` with a job service: the job is followed through Beam's Job API, and
// stopping the launch stops the job on the runner. A real standalone Prism and the longrun
// fixture pipeline (a DoFn that works for minutes).
//  - SIGINT or SIGTERM once the job runs: "Cancelling...", CANCELLED on the runner, exit 130,
//    no worker or boot process left;
//  - launch --detach: exit 0 once the job is RUNNING, the job id printed, the job still running,
//    each state said once and no DONE for it;
//  - the job service killed mid-job: the launch says the runner is gone within 5 s, stops the
//    launcher's tree and exits 1;
//  - the managed local Prism (--local-job-server): the DoFn's log lines and stderr arrive as
//    worker-output events; SIGINT cancels the job there and leaves no prism, boot or worker.
#include "JobServers.h"

#include "launch/LaunchSession.h"

#include <QDir>
#include <QTemporaryDir>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString LongRun = QStringLiteral(BL_FIXTURES_DIR "/pipelines/longrun");

bool isRunning(const CliRun &run)
{
    return lastJob(run).second == u"RUNNING"_s;
}

} // namespace

class TestJobsLaunch : public QObject
{
    Q_OBJECT

    QString m_prism;
    QString m_bootForPrism;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

    QStringList launchArguments(const JobServer &prism, const QString &environment, const QStringList &extra = {}) const
    {
        QStringList args = {u"launch"_s, LongRun, u"--runner"_s, u"universal"_s, u"--endpoint"_s, prism.endpoint(),
                            u"--environment-type"_s, environment};
        if (environment == u"PROCESS"_s)
            args << u"--environment-config"_s << u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism);
        return args << extra << u"--json"_s << u"--"_s << u"--seconds=900"_s;
    }


private Q_SLOTS:
    void initTestCase()
    {
        const auto tools = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-runners.sh"));
        m_prism = tools.value(u"PRISM"_s);
        m_bootForPrism = tools.value(u"PRISM_BOOT"_s);
        BL_VERIFY2(QFileInfo(m_prism).isExecutable(), "prepare-runners.sh gave no prism");
        BL_VERIFY2(QFileInfo(m_bootForPrism).isExecutable(), "prepare-runners.sh gave no boot-prism");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);
    }

    void stopCancelsTheJobOnTheRunner_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP); // the terminal closed
    }

    void stopCancelsTheJobOnTheRunner()
    {
        QFETCH(int, signalNumber);
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        Background launch(launchArguments(prism, u"PROCESS"_s), m_env);
        BL_VERIFY2(launch.waitFor(isRunning, 1500000), qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;
        QElapsedTimer clock;
        clock.start();
        while (!prism.log().contains("longrun tick 1") && clock.elapsed() < 120000)
            QTest::qWait(200);
        BL_VERIFY2(prism.log().contains("longrun tick 1"), prism.log().right(3000).constData());
        // The job's messages come from the Job API.
        BL_VERIFY2(!launch.run().eventsNamed(u"job-message"_s).isEmpty(), qPrintable(launch.run().describe()));

        clock.restart();
        launch.signal(signalNumber);
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        const qint64 stopMs = clock.elapsed();
        const CliRun run = launch.run();
        BL_VERIFY2(run.exitCode == 130, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("Cancelling"), qPrintable(run.describe()));
        QCOMPARE(lastJob(run), qMakePair(jobId, u"CANCELLED"_s));
        QCOMPARE(stateOnRunner(jobId, prism.endpoint(), m_env), u"CANCELLED"_s);
        BL_VERIFY2(stopMs < 15000, qPrintable(QString::number(stopMs)));
        const QStringList left = leftovers(prism, work.path(), 15000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QVERIFY(descendantsOf(launch.pid()).isEmpty());
        qInfo("launch stopped by signal %d: job CANCELLED on Prism, beam-launcher ended %.1f s after the signal",
              signalNumber, stopMs / 1000.0);
    }

    void detachLeavesTheJobRunning()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        // LOOPBACK cannot be left running: its worker is the launcher.
        CliRun refused = runCli(launchArguments(prism, u"LOOPBACK"_s, {u"--detach"_s}), m_env);
        BL_VERIFY2(refused.exitCode == 2, qPrintable(refused.describe()));
        BL_VERIFY2(refused.errorText().contains(u"LOOPBACK"_s), qPrintable(refused.describe()));

        const CliRun run = runCli(launchArguments(prism, u"PROCESS"_s, {u"--detach"_s}), m_env, 1500000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe() + u"\n--- prism\n"_s + QString::fromUtf8(prism.log().right(3000))));
        const auto [jobId, state] = lastJob(run);
        QCOMPARE(state, u"RUNNING"_s);
        // Each state said once, and never an end for a job it leaves running (the launcher's exit
        // 0 after --async submitted is no DONE).
        QStringList said;
        for (const QJsonObject &e : run.eventsNamed(u"job"_s)) {
            const QString s = e.value(u"state"_s).toString();
            if (!s.isEmpty() && (said.isEmpty() || said.last() != s))
                said << s;
        }
        BL_VERIFY2(said.removeDuplicates() == 0, qPrintable(said.join(u", "_s)));
        BL_VERIFY2(!said.contains(u"DONE"_s) && said.last() == u"RUNNING"_s, qPrintable(run.describe()));
        BL_VERIFY2(!run.err.contains(": DONE"), run.err.constData());
        QCOMPARE(stateOnRunner(jobId, prism.endpoint(), m_env), u"RUNNING"_s);
        // Still working a few seconds later, with nobody of ours attached.
        QTest::qWait(3000);
        QCOMPARE(stateOnRunner(jobId, prism.endpoint(), m_env), u"RUNNING"_s);
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, prism.endpoint()}, m_env);
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        const QStringList left = leftovers(prism, work.path(), 15000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

    void runnerGoneStopsTheLaunch()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        Background launch(launchArguments(prism, u"LOOPBACK"_s), m_env);
        BL_VERIFY2(launch.waitFor(isRunning, 1500000), qPrintable(launch.run().describe()));
        QTest::qWait(2000);
        const QList<qint64> tree = descendantsOf(launch.pid());
        QVERIFY(!tree.isEmpty()); // the launcher (and in it the LOOPBACK worker)

        QElapsedTimer clock;
        clock.start();
        prism.kill();
        const bool said = launch.waitFor([](const CliRun &r) { return r.errorText().contains(u"gone"_s); }, 10000);
        const qint64 saidMs = clock.elapsed();
        BL_VERIFY2(said, qPrintable(launch.run().describe()));
        BL_VERIFY2(saidMs <= 5000, qPrintable(QString::number(saidMs)));
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        const CliRun run = launch.run();
        QCOMPARE(run.exitCode, 1);
        // Nothing left: beam-launcher's guardian ends what is left of the launcher's group as
        // beam-launcher ends, a moment after it.
        for (qint64 pid : tree)
            QTRY_VERIFY2_WITH_TIMEOUT(!isAlive(pid), qPrintable(QString::number(pid)), 5000);
        qInfo("job service killed: said %.2f s later, beam-launcher ended %.2f s later", saidMs / 1000.0,
              clock.elapsed() / 1000.0);
    }

    void leaveRunningStopsOnlyTheLauncher()
    {
        // The window's "Leave it running" (LaunchSession::leaveRunning): the launcher stops, the
        // session ends with 0, and the job goes on on the runner.
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        LaunchSettings settings;
        settings.packageDir = LongRun;
        settings.runner = u"universal"_s;
        settings.endpoint = prism.endpoint();
        settings.environmentType = u"PROCESS"_s;
        settings.environmentConfig = u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism);
        settings.pipelineFlags = {u"--seconds=900"_s};
        LaunchSession session;
        QSignalSpy finished(&session, &LaunchSession::finished);
        QString state;
        QObject::connect(&session, &LaunchSession::jobChanged, &session,
                         [&state](const QString &, const QString &s, const QUrl &) { state = s; });
        QVERIFY(!session.canLeaveRunning());
        session.start(LaunchSession::Mode::Launch, settings);
        QElapsedTimer clock;
        clock.start();
        while (!(state == u"RUNNING"_s && session.canLeaveRunning()) && finished.isEmpty() && clock.elapsed() < 1500000)
            QTest::qWait(100);
        BL_VERIFY2(session.canLeaveRunning(), qPrintable(state));
        const QString jobId = session.jobId();
        // Our children but Prism's tree (the job's worker runs there and must go on).
        QList<qint64> launcherTree = descendantsOf(QCoreApplication::applicationPid());
        launcherTree.removeAll(prism.pid());
        for (qint64 pid : descendantsOf(prism.pid()))
            launcherTree.removeAll(pid);
        QVERIFY(!launcherTree.isEmpty());
        session.leaveRunning();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toInt(), 0);
        for (qint64 pid : launcherTree)
            BL_VERIFY2(!isAlive(pid), qPrintable(QString::number(pid)));
        QTest::qWait(3000);
        QCOMPARE(stateOnRunner(jobId, prism.endpoint(), m_env), u"RUNNING"_s);
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, prism.endpoint()}, m_env);
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        const QStringList left = leftovers(prism, work.path(), 15000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

    void stopOnTheLocalPrismCancelsTheJobAndLeavesNothing()
    {
        // Prism and boot as the app builds them, kept with the e2e runners (tst_managedprism
        // builds them too; whichever comes first pays).
        const QString runners = QStringLiteral(BL_E2E_CACHE "/managed-prism");
        QProcessEnvironment env = m_env;
        env.insert(u"BEAM_LAUNCHER_RUNNERS_DIR"_s, runners);
        Background launch({u"launch"_s, LongRun, u"--runner"_s, u"prism"_s, u"--local-job-server"_s, u"--json"_s,
                           u"--"_s, u"--seconds=900"_s},
                          env);
        const auto workerSaid = [](const CliRun &run, const QString &stream, const QString &text) {
            for (const QJsonObject &e : run.eventsNamed(u"worker-output"_s)) {
                if (e.value(u"stream"_s).toString() == stream && e.value(u"line"_s).toString().contains(text))
                    return true;
            }
            return false;
        };
        BL_VERIFY2(launch.waitFor(
                     [&](const CliRun &run) {
                         return isRunning(run) && workerSaid(run, u"log"_s, u"longrun tick 2 of 900"_s)
                                && workerSaid(run, u"stderr"_s, u"longrun stderr tick 2"_s);
                     },
                     1500000),
                 qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;
        // Boot copies the worker binary before it runs it; that copy must not outlive the job.
        QString bootCopy;
        for (const QJsonObject &e : launch.run().eventsNamed(u"worker-output"_s)) {
            const QString line = e.value(u"line"_s).toString();
            if (line.contains(u"To:\""_s) && line.contains(u"/worker\""_s))
                bootCopy = line.section(u"To:\""_s, 1).section(u'"', 0, 0);
        }

        QElapsedTimer clock;
        clock.start();
        launch.signal(SIGINT);
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        const qint64 stopMs = clock.elapsed();
        const CliRun run = launch.run();
        BL_VERIFY2(run.exitCode == 130, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("Cancelling job"), qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("CANCELLED on the runner"), qPrintable(run.describe()));
        QCOMPARE(lastJob(run), qMakePair(jobId, u"CANCELLED"_s));
        BL_VERIFY2(stopMs < 15000, qPrintable(QString::number(stopMs)));
        // Nothing of the local runner is left: no process runs a program of its folder or boot's copy.
        QStringList left;
        const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            const QString exe = QFile::symLinkTarget(u"/proc/"_s + entry + u"/exe"_s);
            if (!exe.isEmpty() && (exe.startsWith(runners + u'/') || (!bootCopy.isEmpty() && exe == bootCopy)))
                left << entry + u" "_s + exe;
        }
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        BL_VERIFY2(bootCopy.isEmpty() || !QFileInfo::exists(bootCopy), qPrintable(bootCopy));
        qInfo("local Prism: SIGINT -> job CANCELLED, beam-launcher ended %.1f s later, no process left",
              stopMs / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestJobsLaunch)
#include "tst_jobs_launch.moc"
