// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Beam's Job API against a real standalone Prism (built by tests/e2e/prepare-runners.sh) and a
// real job: tests/fixtures/pipelines/longrun, whose DoFn works for minutes and logs every
// second, launched by beam-launcher in Prism's PROCESS environment (boot runs our worker).
//  - `jobs list` sees it RUNNING, `jobs metrics` reads its counter;
//  - `jobs cancel` gets CANCELLED from the runner within its bound, and no worker or boot
//    process is left;
//  - `jobs watch` says the job service is gone within 5 s of Prism being killed; when Prism no
//    longer answers (stopped with SIGSTOP: no connection breaks, only the heartbeat's deadlines
//    notice) it says so at once and that the service is gone 8.5 to 13 s later (10 s of silence
//    from its last answer, up to a heartbeat before the freeze): a slow
//    service (a loaded machine) is given JobWatch::SilencePatience, a hung one no more.
#include "JobServers.h"

#include <QTemporaryDir>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString LongRun = QStringLiteral(BL_FIXTURES_DIR "/pipelines/longrun");

bool isRunning(const CliRun &run)
{
    return lastJob(run).second == u"RUNNING"_s;
}

} // namespace

class TestJobsPrism : public QObject
{
    Q_OBJECT

    QString m_prism;
    QString m_bootForPrism;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

    QStringList launchArguments(const JobServer &prism, const QString &environment) const
    {
        QStringList args = {u"launch"_s, LongRun, u"--runner"_s, u"universal"_s, u"--endpoint"_s, prism.endpoint(),
                            u"--environment-type"_s, environment};
        if (environment == u"PROCESS"_s)
            args << u"--environment-config"_s << u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism);
        return args << u"--json"_s << u"--"_s << u"--seconds=900"_s;
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
        // One cache for every test here: the pipeline is built once, then only checked.
        m_env.insert(u"BEAM_LAUNCHER_CACHE_DIR"_s, m_cache.path());
        m_env.insert(u"BEAM_LAUNCHER_CONFIG_DIR"_s, m_cache.path() + u"/config"_s);
    }

    void usageErrors()
    {
        CliRun run = runCli({u"jobs"_s, u"list"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        BL_VERIFY2(run.err.contains("--endpoint"), run.err.constData());
        run = runCli({u"jobs"_s, u"cancel"_s, u"--endpoint"_s, u"localhost:8073"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        run = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, u"http://localhost:8073"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        BL_VERIFY2(run.err.contains("HOST:PORT"), run.err.constData());
        run = runCli({u"jobs"_s, u"frobnicate"_s}, m_env);
        QCOMPARE(run.exitCode, 2);
        // Nobody listens on port 1: a clear error, exit 1, at once.
        QElapsedTimer clock;
        clock.start();
        run = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, u"localhost:1"_s, u"--json"_s}, m_env);
        QCOMPARE(run.exitCode, 1);
        BL_VERIFY2(run.errorText().contains(u"cannot reach the job service at localhost:1"_s), qPrintable(run.describe()));
        BL_VERIFY2(clock.elapsed() < 6000, qPrintable(QString::number(clock.elapsed())));
    }

    void listMetricsAndCancelOnPrism()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());

        Background launch(launchArguments(prism, u"PROCESS"_s), m_env);
        BL_VERIFY2(launch.waitFor(isRunning, 1500000), qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;
        QVERIFY(!jobId.isEmpty());
        // The DoFn is working in the worker that boot started (its log lines reach Prism).
        QElapsedTimer clock;
        clock.start();
        while (!prism.log().contains("longrun tick 2") && clock.elapsed() < 120000)
            QTest::qWait(200);
        BL_VERIFY2(prism.log().contains("longrun tick 2"), prism.log().right(3000).constData());
        BL_VERIFY2(!descendantsOf(prism.pid()).isEmpty(), "no worker under prism");

        CliRun list = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, prism.endpoint(), u"--json"_s}, m_env);
        BL_VERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        bool seen = false;
        for (const QJsonObject &job : list.eventsNamed(u"job"_s)) {
            if (job.value(u"id"_s).toString() == jobId) {
                seen = true;
                QCOMPARE(job.value(u"state"_s).toString(), u"RUNNING"_s);
            }
        }
        BL_VERIFY2(seen, qPrintable(list.describe()));
        const CliRun text = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, prism.endpoint()}, m_env);
        BL_VERIFY2(text.exitCode == 0 && text.out.contains(jobId.toUtf8()) && text.out.contains("RUNNING"),
                 qPrintable(text.describe()));

        // The DoFn's counter, as the runner aggregates it.
        CliRun metrics;
        clock.restart();
        double ticks = 0;
        while (ticks < 1 && clock.elapsed() < 30000) {
            metrics = runCli({u"jobs"_s, u"metrics"_s, jobId, u"--endpoint"_s, prism.endpoint(), u"--json"_s}, m_env);
            BL_VERIFY2(metrics.exitCode == 0, qPrintable(metrics.describe()));
            for (const QJsonObject &m : metrics.eventsNamed(u"metric"_s)) {
                if (m.value(u"name"_s).toString() == u"longrun/ticks"_s)
                    ticks = std::max(ticks, m.value(u"value"_s).toString().toDouble());
            }
            if (ticks < 1)
                QTest::qWait(1000);
        }
        BL_VERIFY2(ticks >= 1, qPrintable(metrics.describe()));

        // Cancel: CANCELLED on the runner within the command's own 10 s bound.
        clock.restart();
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, prism.endpoint(), u"--json"_s},
                                     m_env, 60000);
        const qint64 cancelMs = clock.elapsed();
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe() + u"\n--- prism\n"_s + QString::fromUtf8(prism.log().right(3000))));
        QCOMPARE(lastJob(cancel), qMakePair(jobId, u"CANCELLED"_s));
        BL_VERIFY2(cancelMs < 12000, qPrintable(QString::number(cancelMs)));
        qInfo("jobs cancel: CANCELLED after %.1f s", cancelMs / 1000.0);
        list = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, prism.endpoint(), u"--json"_s}, m_env);
        QCOMPARE(lastJob(list), qMakePair(jobId, u"CANCELLED"_s));

        // The launcher sees the cancel too and ends; nothing of the job is left on the machine.
        BL_VERIFY2(launch.waitForExit(30000), qPrintable(launch.run().describe()));
        clock.restart();
        const QStringList left = leftovers(prism, work.path(), 15000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(u'\n') + u"\n--- prism\n"_s + QString::fromUtf8(prism.log().right(3000))));
        qInfo("worker and boot gone %.1f s after the cancel was confirmed", clock.elapsed() / 1000.0);

        // A second cancel says the job is over already.
        const CliRun again = runCli({u"jobs"_s, u"cancel"_s, jobId, u"--endpoint"_s, prism.endpoint()}, m_env);
        BL_VERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const CliRun unknown = runCli({u"jobs"_s, u"cancel"_s, u"no-such-job"_s, u"--endpoint"_s, prism.endpoint()}, m_env);
        BL_VERIFY2(unknown.exitCode == 2 || unknown.exitCode == 1, qPrintable(unknown.describe()));
    }

    void watchSaysTheJobServiceIsGone_data()
    {
        QTest::addColumn<bool>("freeze");
        QTest::newRow("killed") << false;
        QTest::newRow("frozen") << true;
    }

    void watchSaysTheJobServiceIsGone()
    {
        QFETCH(bool, freeze);
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        Background launch(launchArguments(prism, u"LOOPBACK"_s), m_env);
        BL_VERIFY2(launch.waitFor(isRunning, 1500000), qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;

        Background watch({u"jobs"_s, u"watch"_s, jobId, u"--endpoint"_s, prism.endpoint(), u"--json"_s}, m_env);
        BL_VERIFY2(watch.waitFor([&](const CliRun &r) { return lastJob(r) == qMakePair(jobId, u"RUNNING"_s); }, 20000),
                 qPrintable(watch.run().describe()));
        QTest::qWait(1500); // a few heartbeats while all is well: they must not end the watch
        BL_VERIFY2(watch.run().exitCode == -1, qPrintable(watch.run().describe()));

        QElapsedTimer clock;
        clock.start();
        if (freeze)
            ::kill(pid_t(prism.pid()), SIGSTOP); // alive, connections open, but no answer
        else
            prism.kill();
        const bool exited = watch.waitForExit(20000);
        const qint64 goneMs = clock.elapsed();
        if (freeze)
            prism.kill(); // SIGKILL ends a stopped process too
        BL_VERIFY2(exited, qPrintable(watch.run().describe()));
        const CliRun run = watch.run();
        QCOMPARE(run.exitCode, 1);
        BL_VERIFY2(run.errorText().contains(u"is gone"_s) && run.errorText().contains(jobId), qPrintable(run.describe()));
        if (freeze) {
            // Silence counts from the last answer, up to a heartbeat (1 s) before the freeze.
            BL_VERIFY2(goneMs >= 8500 && goneMs <= 13000, qPrintable(QString::number(goneMs)));
            BL_VERIFY2(run.err.contains("has not answered for"), qPrintable(run.describe()));
        } else {
            BL_VERIFY2(goneMs <= 5000, qPrintable(QString::number(goneMs)));
            BL_VERIFY2(!run.err.contains("has not answered for"), qPrintable(run.describe()));
        }
        qInfo("jobs watch: job service %s, noticed after %.2f s", freeze ? "frozen" : "killed", goneMs / 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestJobsPrism)
#include "tst_jobs_prism.moc"
