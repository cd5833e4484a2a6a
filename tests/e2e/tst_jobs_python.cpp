// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// A second, independent job service: Beam's Python portable job server (PyPI apache-beam, in
// the venv tests/e2e/prepare-python-jobserver.sh makes), with the LOOPBACK environment (its
// FnApiRunner has no PROCESS environment).
//  - the word-count sample runs on it and `jobs list` / `jobs watch` see the job DONE;
//  - `graph --job` and `jobs metrics --by-step` read its pipeline (GetPipeline); its metrics
//    are empty for a Go LOOPBACK job, so the graph has no numbers and says so;
//  - what its Cancel does with a job that is still working (longrun): written down by the
//    test's output and checked for what the Job API promises (a CANCELLED state).
#include "JobServers.h"

#include <QDir>

#include <QTemporaryDir>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
const QString LongRun = QStringLiteral(BL_FIXTURES_DIR "/pipelines/longrun");

} // namespace

class TestJobsPython : public QObject
{
    Q_OBJECT

    QString m_python;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

    /// The longrun fixture launched onto `server` in LOOPBACK (its FnApiRunner has no PROCESS).
    static QStringList longRunOn(const JobServer &server)
    {
        return {u"launch"_s, LongRun, u"--runner"_s, u"universal"_s, u"--endpoint"_s, server.endpoint(),
                u"--environment-type"_s, u"LOOPBACK"_s, u"--json"_s, u"--"_s, u"--seconds=900"_s};
    }
    static bool jobRunning(const CliRun &run) { return lastJob(run).second == u"RUNNING"_s; }

private Q_SLOTS:
    void initTestCase()
    {
        const auto tools = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-python-jobserver.sh"));
        m_python = tools.value(u"PYTHON_JOBSERVER"_s);
        BL_VERIFY2(QFileInfo(m_python).isExecutable(), "prepare-python-jobserver.sh gave no python");
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);
    }

    void sampleRunsAndJobsListSeesIt()
    {
        QTemporaryDir work;
        JobServer server;
        BL_VERIFY2(server.startPython(m_python, work.path()), server.log().constData());
        const QString counts = work.filePath(u"counts.txt"_s);
        QElapsedTimer clock;
        clock.start();
        const CliRun run = runCli({u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s,
                                   server.endpoint(), u"--environment-type"_s, u"LOOPBACK"_s, u"--json"_s, u"--"_s,
                                   u"--input="_s + Sample + u"/input.txt"_s, u"--output="_s + counts},
                                  m_env, 1500000);
        BL_VERIFY2(run.exitCode == 0, qPrintable(run.describe() + u"\n--- job server\n"_s + QString::fromUtf8(server.log().right(3000))));
        QFile out(counts);
        BL_VERIFY2(out.open(QIODevice::ReadOnly), qPrintable(run.describe()));
        BL_VERIFY2(out.readAll().contains("the: 4"), "the counts are wrong");
        qInfo("sample on the Python job server: %.1f s (builds included)", clock.elapsed() / 1000.0);
        const QString jobId = lastJob(run).first;
        BL_VERIFY2(!jobId.isEmpty(), qPrintable(run.describe()));

        const CliRun list = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, server.endpoint(), u"--json"_s}, m_env);
        BL_VERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        QCOMPARE(lastJob(list), qMakePair(jobId, u"DONE"_s));
        // Watching a job that is over: its state at once, exit 0 for DONE.
        const CliRun watch = runCli({u"jobs"_s, u"watch"_s, jobId, u"--endpoint"_s, server.endpoint(), u"--json"_s},
                                    m_env, 30000);
        BL_VERIFY2(watch.exitCode == 0, qPrintable(watch.describe()));
        QCOMPARE(lastJob(watch).second, u"DONE"_s);

        // Its graph: GetPipeline answers, GetJobMetrics has nothing for a LOOPBACK job here (Beam
        // 2.77's job server gives an empty list): the steps without numbers, and a line saying so.
        const CliRun steps = runCli({u"jobs"_s, u"metrics"_s, jobId, u"--endpoint"_s, server.endpoint(), u"--by-step"_s,
                                     u"--json"_s},
                                    m_env, 60000);
        BL_VERIFY2(steps.exitCode == 0, qPrintable(steps.describe()));
        bool split = false;
        for (const QJsonObject &e : steps.eventsNamed(u"step"_s)) {
            split = split || e.value(u"step"_s).toString() == u"main.splitWords"_s;
            // Should this server start to count, the counts must be the sample's.
            if (e.value(u"step"_s).toString() == u"main.splitWords"_s && !e.value(u"elements"_s).isNull())
                QCOMPARE(e.value(u"elements"_s).toInteger(), 17);
        }
        BL_VERIFY2(split, qPrintable(steps.describe()));
        const QString svg = QDir(work.path()).filePath(u"job.svg"_s);
        const CliRun graph = runCli({u"graph"_s, u"--job"_s, jobId, u"--endpoint"_s, server.endpoint(), u"--svg"_s, svg},
                                    m_env, 60000);
        BL_VERIFY2(graph.exitCode == 0, qPrintable(graph.describe()));
        QFile drawn(svg);
        QVERIFY(drawn.open(QIODevice::ReadOnly));
        const QByteArray picture = drawn.readAll();
        QVERIFY(picture.contains("<svg") && picture.contains("main.splitWords"));
        if (!picture.contains("17 elements"))
            BL_VERIFY2(graph.err.contains("no element counts") || graph.err.contains("no metrics"), qPrintable(graph.describe()));
    }

    void whatCancelDoes()
    {
        QTemporaryDir work;
        JobServer server;
        BL_VERIFY2(server.startPython(m_python, work.path()), server.log().constData());
        Background launch(longRunOn(server), m_env);
        BL_VERIFY2(launch.waitFor(jobRunning, 1500000),
                 qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;
        QTest::qWait(3000); // the DoFn is working in the launcher (LOOPBACK)

        QElapsedTimer clock;
        clock.start();
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, server.endpoint(), u"--json"_s},
                                     m_env, 60000);
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe() + u"\n--- job server\n"_s + QString::fromUtf8(server.log().right(3000))));
        QCOMPARE(lastJob(cancel), qMakePair(jobId, u"CANCELLED"_s));
        qInfo("Python job server: CANCELLED %.1f s after the cancel", clock.elapsed() / 1000.0);
        const CliRun list = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, server.endpoint(), u"--json"_s}, m_env);
        QCOMPARE(lastJob(list), qMakePair(jobId, u"CANCELLED"_s));
        // What happens to the work itself is the runner's business: record it.
        const bool launcherEnded = launch.waitForExit(15000);
        qInfo("Python job server: the launcher (the LOOPBACK worker) %s within 15 s of the cancel; exit %d",
              launcherEnded ? "ended" : "was still running", launch.run().exitCode);
    }

    void stopCancelsTheJob_data()
    {
        QTest::addColumn<int>("signalNumber");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
        QTest::newRow("SIGHUP") << int(SIGHUP);
    }

    void stopCancelsTheJob()
    {
        // Its Cancel only marks the job: the work stops because beam-launcher stops the launcher,
        // which is the LOOPBACK worker.
        QFETCH(int, signalNumber);
        QTemporaryDir work;
        JobServer server;
        BL_VERIFY2(server.startPython(m_python, work.path()), server.log().constData());
        Background launch(longRunOn(server), m_env);
        BL_VERIFY2(launch.waitFor(jobRunning, 1500000),
                   qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;
        QElapsedTimer clock;
        clock.start();
        launch.signal(signalNumber);
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        const CliRun run = launch.run();
        BL_VERIFY2(run.exitCode == 130, qPrintable(run.describe()));
        BL_VERIFY2(run.err.contains("Cancelling"), qPrintable(run.describe()));
        QCOMPARE(lastJob(run), qMakePair(jobId, u"CANCELLED"_s));
        // Its Cancel marked the job CANCELLED; the work then fails for want of its worker, and this
        // server may write FAILED over it. Either way the job is over, not left running.
        const QString onRunner = stateOnRunner(jobId, server.endpoint(), m_env);
        BL_VERIFY2(onRunner == u"CANCELLED"_s || onRunner == u"FAILED"_s, qPrintable(onRunner));
        QVERIFY(descendantsOf(launch.pid()).isEmpty());
        const QStringList left = waitUntilNoneMention(m_cache.path(), 10000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n')));
        qInfo("Python job server: stopped by signal %d, beam-launcher ended %.1f s after the signal; the job is %s there",
              signalNumber, clock.elapsed() / 1000.0, qPrintable(onRunner));
    }
};

QTEST_GUILESS_MAIN(TestJobsPython)
#include "tst_jobs_python.moc"
