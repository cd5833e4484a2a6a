// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Stop means cancel, at every stage of a launch, on the job services that cannot run here: the
// sample's real launcher (built by the real Go) submits its job to the Job API stand-in
// replaying Beam's Flink job server, Beam's Python job server and a network's orders
// (tests/fixtures/jobapi), which takes the submission as a job service does (Prepare, the
// worker binary staged and its SHA-256 checked, Run). beam-launcher gets SIGINT, SIGTERM or
// SIGHUP while the launch is
//  - submitting (the stand-in holds Prepare): exit 130, no job made on the runner;
//  - with its Run on its way (the stand-in made the job but holds Run's answer, so the launcher
//    never learns the id): the job is found by the name beam-launcher gave it and CANCELLED;
//  - STARTING or RUNNING (the stand-in holds the job there): "Cancelling", the runner's Cancel,
//    CANCELLED there, exit 130;
//  - lingering (the job is DONE, the launcher waits on the runner's metrics): exit 130, no
//    Cancel for an ended job, and the message says it had ended.
// Each time: each state said once, and nothing of the launch left running. A launcher that takes
// seconds to stop, its job named by the job service meanwhile: the job is cancelled there too.
// And --detach on the
// Flink recording says RUNNING once and no end for the job it leaves running there.
// The same on the real Prism and Python job server: tst_jobs_launch, tst_jobs_python.
#include "CliRunner.h"
#include "JobServers.h"
#include "ProcessProbe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

/// `launch` of the sample onto the stand-in at `endpoint` (its PROCESS command is never run there:
/// Flink's workers run on the cluster), writing `output`; `extra` before the pipeline flags.
QStringList launchOnStandIn(const QString &endpoint, const QString &output, const QStringList &extra = {})
{
    return QStringList{u"launch"_s, Sample, u"--runner"_s, u"flink"_s, u"--endpoint"_s, endpoint,
                       u"--environment-type"_s, u"PROCESS"_s, u"--environment-config"_s,
                       u"{\"command\":\"/bin/true\"}"_s, u"--json"_s}
           + extra + QStringList{u"--"_s, u"--input="_s + Sample + u"/input.txt"_s, u"--output="_s + output};
}

QStringList statesSaid(const CliRun &run)
{
    QStringList said;
    for (const QJsonObject &e : run.eventsNamed(u"job"_s)) {
        const QString state = e.value(u"state"_s).toString();
        if (!state.isEmpty())
            said << state;
    }
    return said;
}

} // namespace

class TestStopMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_work;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);
        // Built once; every launch below reuses it (the build stage has tst_cancel).
        const CliRun build = runCli({u"build"_s, Sample, u"--json"_s}, m_env, 900000);
        BL_VERIFY2(build.exitCode == 0, qPrintable(build.describe()));
    }

    void stopAtEveryStage_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("signalNumber");
        const QList<QPair<const char *, int>> signals_ = {{"SIGINT", SIGINT}, {"SIGTERM", SIGTERM}, {"SIGHUP", SIGHUP}};
        for (const char *stage : {"submitting", "STARTING", "RUNNING", "lingering"}) {
            for (const auto &[name, number] : signals_)
                QTest::addRow("flink %s %s", stage, name) << u"flink"_s << QString::fromLatin1(stage) << number;
        }
        for (const char *stage : {"STARTING", "RUNNING", "lingering"})
            QTest::addRow("python %s SIGINT", stage) << u"python"_s << QString::fromLatin1(stage) << int(SIGINT);
        QTest::addRow("python RUNNING SIGTERM") << u"python"_s << u"RUNNING"_s << int(SIGTERM);
        QTest::addRow("network RUNNING SIGINT") << u"network"_s << u"RUNNING"_s << int(SIGINT);
        QTest::addRow("network STARTING SIGHUP") << u"network"_s << u"STARTING"_s << int(SIGHUP);
        QTest::addRow("flink run-in-flight SIGINT") << u"flink"_s << u"run-in-flight"_s << int(SIGINT);
        QTest::addRow("python run-in-flight SIGTERM") << u"python"_s << u"run-in-flight"_s << int(SIGTERM);
    }

    void stopAtEveryStage()
    {
        QFETCH(QString, recording);
        QFETCH(QString, stage);
        QFETCH(int, signalNumber);
        QStringList holds;
        if (stage == u"submitting")
            holds << u"--prepare-delay-ms"_s << u"120000"_s;
        else if (stage == u"run-in-flight")
            holds << u"--run-delay-ms"_s << u"120000"_s << u"--hold"_s << u"RUNNING"_s;
        else if (stage == u"lingering")
            holds << u"--linger-ms"_s << u"120000"_s;
        else
            holds << u"--hold"_s << stage;
        JobServer standIn;
        BL_VERIFY2(standIn.startStandIn(recording, holds, m_work.path()), standIn.log().constData());
        const QString output = m_work.filePath(u"counts.txt"_s);
        Background launch(launchOnStandIn(standIn.endpoint(), output), m_env);
        const QByteArray standInMark = stage == u"submitting" ? "PREPARING " : "RUN ";
        const bool reached = stage == u"submitting" || stage == u"run-in-flight"
                                 ? launch.waitFor([&](const CliRun &) { return standIn.log().contains(standInMark); }, 120000)
                                 : launch.waitFor(
                                       [&](const CliRun &run) {
                                           return lastJob(run).second == (stage == u"lingering" ? u"DONE"_s : stage);
                                       },
                                       120000);
        BL_VERIFY2(reached, qPrintable(launch.run().describe() + u"\n--- stand-in\n"_s + QString::fromUtf8(standIn.log())));

        QElapsedTimer clock;
        clock.start();
        launch.signal(signalNumber);
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        const qint64 stopMs = clock.elapsed();
        const CliRun run = launch.run();
        const QString describe = run.describe() + u"\n--- stand-in\n"_s + QString::fromUtf8(standIn.log());
        BL_VERIFY2(run.exitCode == 130, qPrintable(describe));

        const QString jobId = lastJob(run).first;
        if (stage == u"run-in-flight") {
            // The job the stand-in made, by its RUN line; the launcher never had its id.
            const QByteArray log = standIn.log();
            const qsizetype at = log.indexOf("RUN ") + 4;
            const QString made = QString::fromUtf8(log.mid(at, log.indexOf('\n', at) - at)).trimmed();
            BL_VERIFY2(!made.isEmpty() && standIn.log().contains(QByteArray("CANCEL " + made.toUtf8())), qPrintable(describe));
            QTRY_COMPARE_WITH_TIMEOUT(stateOnRunner(made, standIn.endpoint(), m_env), u"CANCELLED"_s, 5000);
            // Named to the user in a job event, CANCELLED, also when it was found after the stop
            // and the runner's answer to Cancel came before its state stream told anything.
            BL_VERIFY2(jobId == made, qPrintable(describe));
            QCOMPARE(lastJob(run).second, u"CANCELLED"_s);
            BL_VERIFY2(run.out.contains("--job_name=wordcount-"), qPrintable(describe));
            // Found after the stop (its Run was on its way), or by the name before it (GetJobs
            // each second while the launcher runs): the same end, said either way.
            const bool afterStop = run.errorText().contains(u"reached the runner as its launcher stopped"_s);
            qInfo("the job of the launcher stopped with its Run on its way was found %s", afterStop ? "after the stop" : "before it");
        } else if (stage == u"submitting") {
            QTest::qWait(500); // a Run that was still on its way would have come by now
            BL_VERIFY2(!standIn.log().contains("RUN "), qPrintable(describe));
            BL_VERIFY2(jobId.isEmpty(), qPrintable(describe));
        } else if (stage == u"lingering") {
            BL_VERIFY2(!standIn.log().contains("CANCEL "), qPrintable(describe));
            BL_VERIFY2(run.errorText().contains(u"had already ended DONE"_s), qPrintable(describe));
            QCOMPARE(stateOnRunner(jobId, standIn.endpoint(), m_env), u"DONE"_s);
        } else {
            BL_VERIFY2(run.err.contains("Cancelling"), qPrintable(describe));
            BL_VERIFY2(standIn.log().contains(QByteArray("CANCEL " + jobId.toUtf8())), qPrintable(describe));
            QTRY_COMPARE_WITH_TIMEOUT(stateOnRunner(jobId, standIn.endpoint(), m_env), u"CANCELLED"_s, 5000);
            QCOMPARE(lastJob(run).second, u"CANCELLED"_s);
        }
        if (stage != u"submitting") {
            // The worker binary reached the runner whole.
            BL_VERIFY2(standIn.log().contains("beam:artifact:role:go_worker_binary:v1")
                           && standIn.log().contains("sha256=ok"),
                       qPrintable(describe));
        }
        // Each state once, however the service repeats them.
        const QStringList said = statesSaid(run);
        BL_VERIFY2(QSet<QString>(said.cbegin(), said.cend()).size() == said.size(), qPrintable(said.join(u", "_s)));
        // Nothing of the launch left: the launcher binary runs from the test's cache folder.
        const QStringList left = waitUntilNoneMention(m_cache.path(), 10000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        QVERIFY(descendantsOf(launch.pid()).isEmpty());
        qInfo("stopped while %s on %s: beam-launcher ended %.2f s after the signal", qPrintable(stage),
              qPrintable(recording), stopMs / 1000.0);
    }

    void aLaunchOnEachRecordingEndsDoneWithEachStateOnce_data()
    {
        QTest::addColumn<QString>("recording");
        QTest::newRow("flink") << u"flink"_s;
        QTest::newRow("python") << u"python"_s;
        QTest::newRow("network") << u"network"_s;
    }

    void aLaunchOnEachRecordingEndsDoneWithEachStateOnce()
    {
        QFETCH(QString, recording);
        JobServer standIn;
        BL_VERIFY2(standIn.startStandIn(recording, {}, m_work.path()), standIn.log().constData());
        const CliRun run = runCli(launchOnStandIn(standIn.endpoint(), m_work.filePath(u"done.txt"_s)), m_env, 300000);
        const QString describe = run.describe() + u"\n--- stand-in\n"_s + QString::fromUtf8(standIn.log());
        BL_VERIFY2(run.exitCode == 0, qPrintable(describe));
        // STOPPED (Flink: not started yet) and STARTING end nothing; DONE does, once.
        QCOMPARE(statesSaid(run), (QStringList{u"STOPPED"_s, u"STARTING"_s, u"RUNNING"_s, u"DONE"_s}));
        const QString jobId = lastJob(run).first;
        // The stand-in's lines are read as the event loop turns: runCli() held it.
        QTRY_VERIFY2_WITH_TIMEOUT(standIn.log().contains(QByteArray("RUN " + jobId.toUtf8())),
                                  qPrintable(describe.right(800)), 5000);
        BL_VERIFY2(standIn.log().contains("sha256=ok"), standIn.log().constData());
        // The job is named by beam-launcher (the sample's folder, the time), as Flink's job server
        // makes ids of names: "wordcount-20261207-..." gives "wordcount020261207...-root-...".
        if (recording == u"flink")
            BL_VERIFY2(jobId.startsWith(u"wordcount0"_s) && jobId.size() > 80, qPrintable(jobId));
    }

    void aJobNamedWhileItsLauncherStopsIsCancelled()
    {
        // A launcher that takes its time to stop (a main that flushes or cleans up on SIGTERM):
        // the job service names its job while it stops (beam-launcher asks for the job by its
        // name each second), after the stop found nothing to cancel. It is cancelled all the
        // same, not left running with "not confirmed cancelled".
        QTemporaryDir pipeline;
        for (const QString &name : QDir(Sample).entryList(QDir::Files))
            QVERIFY(QFile::copy(Sample + u'/' + name, pipeline.filePath(name)));
        QFile slow(pipeline.filePath(u"slowstop.go"_s));
        QVERIFY(slow.open(QIODevice::WriteOnly));
        slow.write("package main\n\n"
                   "import (\n\t\"os\"\n\t\"os/signal\"\n\t\"syscall\"\n\t\"time\"\n)\n\n"
                   "// Takes 2.5 s to stop after SIGINT or SIGTERM.\n"
                   "func init() {\n"
                   "\tc := make(chan os.Signal, 1)\n"
                   "\tsignal.Notify(c, os.Interrupt, syscall.SIGTERM)\n"
                   "\tgo func() { <-c; time.Sleep(2500 * time.Millisecond); os.Exit(3) }()\n"
                   "}\n");
        slow.close();

        JobServer standIn;
        BL_VERIFY2(standIn.startStandIn(u"flink"_s, {u"--run-delay-ms"_s, u"120000"_s, u"--hold"_s, u"RUNNING"_s},
                                        m_work.path()),
                   standIn.log().constData());
        QStringList arguments = launchOnStandIn(standIn.endpoint(), m_work.filePath(u"slow.txt"_s));
        arguments[1] = pipeline.path();
        Background launch(arguments, m_env);
        BL_VERIFY2(launch.waitFor([&](const CliRun &) { return standIn.log().contains("RUN "); }, 900000),
                   qPrintable(launch.run().describe() + u"\n--- stand-in\n"_s + QString::fromUtf8(standIn.log())));
        launch.signal(SIGINT);
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        const CliRun run = launch.run();
        const QString describe = run.describe() + u"\n--- stand-in\n"_s + QString::fromUtf8(standIn.log());
        BL_VERIFY2(run.exitCode == 130, qPrintable(describe));
        const QByteArray log = standIn.log();
        const qsizetype at = log.indexOf("RUN ") + 4;
        const QString made = QString::fromUtf8(log.mid(at, log.indexOf('\n', at) - at)).trimmed();
        BL_VERIFY2(log.contains(QByteArray("CANCEL " + made.toUtf8())), qPrintable(describe));
        QTRY_COMPARE_WITH_TIMEOUT(stateOnRunner(made, standIn.endpoint(), m_env), u"CANCELLED"_s, 5000);
        QCOMPARE(lastJob(run), qMakePair(made, u"CANCELLED"_s));
        // Named while the launcher stopped: its first job event came before the launcher ended.
        qsizetype named = -1, ended = -1;
        for (qsizetype i = 0; i < run.events.size(); ++i) {
            const QString event = run.events.at(i).value(u"event"_s).toString();
            if (event == u"job"_s && named < 0)
                named = i;
            else if (event == u"launch-finished"_s)
                ended = i;
        }
        BL_VERIFY2(named >= 0 && ended > named, qPrintable(describe));
        BL_VERIFY2(run.errorText().contains(u"reached the runner as its launcher stopped, and was cancelled there"_s),
                   qPrintable(describe));
        const QStringList left = waitUntilNoneMention(m_cache.path(), 10000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
    }

    void detachLeavesTheJobRunningAndSaysSo()
    {
        // Flink replays the whole history to each subscriber: --detach must still say RUNNING, once,
        // and never an end for the job it leaves running.
        JobServer standIn;
        BL_VERIFY2(standIn.startStandIn(u"flink"_s, {u"--hold"_s, u"RUNNING"_s}, m_work.path()), standIn.log().constData());
        const CliRun run =
            runCli(launchOnStandIn(standIn.endpoint(), m_work.filePath(u"detached.txt"_s), {u"--detach"_s}), m_env, 300000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe()));
        const auto [jobId, state] = lastJob(run);
        QCOMPARE(state, u"RUNNING"_s);
        const QStringList said = statesSaid(run);
        BL_VERIFY2(said.count(u"RUNNING"_s) == 1 && !said.contains(u"DONE"_s), qPrintable(said.join(u", "_s)));
        QCOMPARE(stateOnRunner(jobId, standIn.endpoint(), m_env), u"RUNNING"_s);
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, standIn.endpoint()}, m_env);
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        QCOMPARE(stateOnRunner(jobId, standIn.endpoint(), m_env), u"CANCELLED"_s);
    }
};

QTEST_GUILESS_MAIN(TestStopMatrix)
#include "tst_stopmatrix.moc"
