// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// FlinkRest and FlinkLogFollower on a real Flink 1.20 session cluster: a JobManager and a
// TaskManager started here from Flink's jars (tests/flink/prepare-flink.sh), running our probe
// job, whose operator logs "probe-worker line N" at the TaskManager, where a Beam Go SDK worker's
// lines land under Beam's Flink runner.
#include "VerifyWhole.h"
#include "FlinkCluster.h"
#include "JobServers.h"
#include "jobs/FlinkRest.h"
#include "launch/FlinkWorkerLogs.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace bl::jobs;
using namespace bl::test;

namespace {

const QString probeName = QStringLiteral("beam-launcher-flink-probe");

} // namespace

class TestFlinkCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_pieces = prepareFlink();
        BL_VERIFY2(!m_pieces.lib.isEmpty() && !m_pieces.probeJar.isEmpty(),
                 "tests/flink/prepare-flink.sh failed (the e2e/prepare-flink fixture says why)");
        QString why;
        BL_VERIFY2(m_cluster.start(m_pieces, m_dir.path(), &why), qPrintable(why));
        qInfo("Flink %s: JobManager + TaskManager ready (REST /overview: 1 TaskManager, free slots) %lld ms "
              "after start",
              qPrintable(m_pieces.version), m_cluster.readyMs());
        // .ci/leftovers would name a JVM left behind: it carries the CI mark (inherited) and
        // its command line names org.apache.flink.
        const QByteArray mark = qgetenv("BEAM_LAUNCHER_CI_MARK");
        for (qint64 pid : m_cluster.pids()) {
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
            QVERIFY(cmdline.open(QIODevice::ReadOnly));
            QVERIFY(cmdline.readAll().contains("org.apache.flink."));
            if (!mark.isEmpty()) {
                QFile environment(QStringLiteral("/proc/%1/environ").arg(pid));
                QVERIFY(environment.open(QIODevice::ReadOnly));
                QVERIFY(environment.readAll().split('\0').contains("BEAM_LAUNCHER_CI_MARK=" + mark));
            }
        }
        m_jobId = m_cluster.submit(m_pieces.probeJar, {QStringLiteral("--name"), probeName}, &why);
        BL_VERIFY2(!m_jobId.isEmpty(), qPrintable(why + QLatin1Char('\n') + m_cluster.logsTail()));
    }

    void checkGivesTheVersion()
    {
        std::optional<FlinkCheck> got;
        FlinkRest rest(m_cluster.restAddress());
        rest.check([&](const FlinkCheck &c) { got = c; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        BL_VERIFY2(got->ok, qPrintable(got->error));
        QCOMPARE(got->version, m_pieces.version);
        QCOMPARE(got->refreshIntervalMs, 2000); // web.refresh-interval in the cluster's config
        QVERIFY(got->error.isEmpty());
    }

    void findsTheProbeJobByName()
    {
        std::optional<FlinkJob> job;
        FlinkRest rest(m_cluster.restAddress());
        QElapsedTimer clock;
        clock.start();
        // Submitted jobs go CREATED/INITIALIZING -> RUNNING within seconds.
        while (clock.elapsed() < 60000) {
            job.reset();
            rest.findJob(probeName, [&](const FlinkJob &j) { job = j; });
            QTRY_VERIFY_WITH_TIMEOUT(job.has_value(), 10000);
            BL_VERIFY2(job->error.isEmpty(), qPrintable(job->error));
            if (job->found && job->state == QLatin1String("RUNNING"))
                break;
            QTest::qWait(200);
        }
        QVERIFY(job->found);
        QCOMPARE(job->state, QStringLiteral("RUNNING"));
        QCOMPARE(job->id, m_jobId);
        QCOMPARE(job->name, probeName);
        QCOMPARE(job->page.toString(),
                 QStringLiteral("http://%1/#/job/running/%2/overview").arg(m_cluster.restAddress(), m_jobId));
        // The page's document is Flink's web UI (flink-runtime-web is on the class path).
        const HttpAnswer ui = m_cluster.get(QStringLiteral("/"));
        QCOMPARE(ui.status, 200);
        BL_VERIFY2(ui.body.contains("<flink-root>") || ui.body.contains("flink-root"), ui.body.left(400).constData());
    }

    void aNameNoJobHasIsNotFound()
    {
        std::optional<FlinkJob> job;
        FlinkRest rest(m_cluster.restAddress());
        rest.findJob(probeName + QStringLiteral("-no-such-job"), [&](const FlinkJob &j) { job = j; });
        QTRY_VERIFY_WITH_TIMEOUT(job.has_value(), 10000);
        BL_VERIFY2(job->error.isEmpty(), qPrintable(job->error));
        QVERIFY(!job->found);
        QVERIFY(job->id.isEmpty());
        QVERIFY(!job->page.isValid());
    }

    void listsTheOneTaskManager()
    {
        std::optional<FlinkTaskManagers> list;
        FlinkRest rest(m_cluster.restAddress());
        rest.taskManagers([&](const FlinkTaskManagers &l) { list = l; });
        QTRY_VERIFY_WITH_TIMEOUT(list.has_value(), 10000);
        BL_VERIFY2(list->ok, qPrintable(list->error));
        QCOMPARE(list->ids.size(), 1);
        BL_VERIFY2(list->ids.first().startsWith(QLatin1String("127.0.0.1:")), qPrintable(list->ids.first()));
        m_taskManagerId = list->ids.first();
    }

    // The follower gives the TaskManager's log, then its new lines as they come: the probe's
    // numbered lines arrive in order, none twice, none missing.
    void followerSeesTheProbeWorkerLines()
    {
        QVERIFY(!m_taskManagerId.isEmpty());
        FlinkLogFollower follower(m_cluster.restAddress());
        follower.setInterval(500);
        QStringList problems;
        QStringList all;
        qint64 firstLineMs = -1, firstProbeMs = -1;
        QList<int> numbers;
        int batches = 0;
        QElapsedTimer clock;
        static const QRegularExpression probeLine(QStringLiteral("probe-worker line (\\d+)$"));
        connect(&follower, &FlinkLogFollower::problemChanged, this, [&](const QString &p) {
            if (!p.isEmpty())
                problems << p;
        });
        connect(&follower, &FlinkLogFollower::linesArrived, this, [&](const QString &id, const QStringList &lines) {
            QCOMPARE(id, m_taskManagerId);
            ++batches;
            if (firstLineMs < 0)
                firstLineMs = clock.elapsed();
            for (const QString &line : lines) {
                all << line;
                const auto m = probeLine.match(line);
                if (m.hasMatch()) {
                    if (firstProbeMs < 0)
                        firstProbeMs = clock.elapsed();
                    numbers << m.captured(1).toInt();
                }
            }
        });
        clock.start();
        follower.start();
        // The probe logs a line every 200 ms: wait for lines that came after the first look.
        QTRY_VERIFY_WITH_TIMEOUT(batches >= 3 && numbers.size() >= 20, 60000);
        follower.stop();
        qInfo("follower: first TaskManager log line %lld ms after start, first 'probe-worker line' %lld ms "
              "(poll interval %d ms)",
              firstLineMs, firstProbeMs, follower.interval());
        BL_VERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        for (qsizetype i = 1; i < numbers.size(); ++i)
            QCOMPARE(numbers.at(i), numbers.at(i - 1) + 1);
        QVERIFY(all.first().contains(QLatin1String("TaskManagerRunner"))); // the file from its start
        // What was given is the file on disk, line for line (a prefix: the file goes on).
        QFile file(m_cluster.taskManagerLogFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList onDisk = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        QVERIFY(onDisk.size() > all.size());
        QCOMPARE(onDisk.mid(0, all.size()), all);

        // Stopped: nothing more comes, though the probe goes on logging.
        const int before = batches;
        QTest::qWait(1500);
        QCOMPARE(batches, before);
        QVERIFY(!follower.isRunning());
    }

    // What a launch on Flink does (LaunchRun's FlinkWorkerLogs): the address is checked, the
    // TaskManagers' logs are followed from now on (not the cluster's history) as worker lines, and
    // the Flink job named as the Beam job ("<name>_<uuid>" on Beam's Flink job server) is linked.
    void aLaunchFollowsTheWorkersFromNowAndLinksItsJob()
    {
        QFile file(m_cluster.taskManagerLogFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> before = file.readAll().split('\n');
        QVERIFY(before.size() > 10);
        const QString firstLine = QString::fromUtf8(before.first());

        bl::FlinkWorkerLogs logs;
        logs.setInterval(500);
        QStringList messages, warnings, lines;
        QUrl page;
        qint64 firstLineMs = -1;
        QElapsedTimer clock;
        connect(&logs, &bl::FlinkWorkerLogs::message, this, [&](const QString &m) { messages << m; });
        connect(&logs, &bl::FlinkWorkerLogs::warning, this, [&](const QString &w) { warnings << w; });
        connect(&logs, &bl::FlinkWorkerLogs::pageFound, this, [&](const QUrl &p) { page = p; });
        connect(&logs, &bl::FlinkWorkerLogs::lines, this, [&](const QList<bl::RunnerLine> &got) {
            if (firstLineMs < 0)
                firstLineMs = clock.elapsed();
            for (const bl::RunnerLine &line : got) {
                QCOMPARE(line.source, bl::RunnerLine::Source::Worker);
                QCOMPARE(line.detail, m_taskManagerId);
                lines << line.message;
            }
        });
        clock.start();
        logs.start(m_cluster.restAddress());
        logs.findJob(probeName + QStringLiteral("_9f152d2f-3ef0-4a1b-8c2d-5e6f7a8b9c0d"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isEmpty(), 30000);
        BL_VERIFY2(page.toString().contains(m_jobId), qPrintable(page.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(lines.filter(QStringLiteral("probe-worker line")).size() >= 5, 30000);
        logs.stop();
        qInfo("launch on Flink: first TaskManager log line as a worker line %lld ms after the start (interval 500 ms)",
              firstLineMs);
        BL_VERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        BL_VERIFY2(messages.size() == 1 && messages.first().contains(m_pieces.version), qPrintable(messages.join(u'\n')));
        BL_VERIFY2(!lines.contains(firstLine), qPrintable(firstLine)); // not the cluster's history
        QVERIFY(!logs.isFollowing());

        // The next launch on the same object links its own job, never the earlier launch's.
        page.clear();
        messages.clear();
        logs.start(m_cluster.restAddress());
        QTRY_VERIFY_WITH_TIMEOUT(logs.isFollowing(), 10000);
        QTest::qWait(2500);
        BL_VERIFY2(page.isEmpty(), qPrintable(page.toString()));
        logs.stop();
        logs.findJob(probeName + QStringLiteral("_9f152d2f-3ef0-4a1b-8c2d-5e6f7a8b9c0d")); // stopped: ignored
        QTest::qWait(500);
        QVERIFY(page.isEmpty());

        // An address nobody answers at: said, with where the lines are and what to set.
        bl::FlinkWorkerLogs nowhere;
        QStringList said;
        connect(&nowhere, &bl::FlinkWorkerLogs::warning, this, [&](const QString &w) { said << w; });
        nowhere.start(QStringLiteral("127.0.0.1:1"));
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
        BL_VERIFY2(said.first().contains(QLatin1String("flink_rest_address")), qPrintable(said.first()));
        BL_VERIFY2(said.first().contains(QLatin1String("TaskManagers' logs")), qPrintable(said.first()));
        QVERIFY(!nowhere.isFollowing());
    }

    // A launch that ends takes one last look (FlinkWorkerLogs::drain, LaunchRun::finish): the
    // lines a TaskManager logged after the last round, a failing worker's last words among them,
    // are given before the run ends.
    void theLastLookGivesWhatWasLoggedSinceTheLastRound()
    {
        bl::FlinkWorkerLogs logs;
        logs.setInterval(600000); // the first round at the start, then none: only drain() can give more
        static const QRegularExpression probeLine(QStringLiteral("probe-worker line (\\d+)$"));
        QList<int> numbers;
        bool drained = false, lineAfterDrained = false;
        connect(&logs, &bl::FlinkWorkerLogs::lines, this, [&](const QList<bl::RunnerLine> &got) {
            lineAfterDrained = lineAfterDrained || drained;
            for (const bl::RunnerLine &line : got)
                if (const auto m = probeLine.match(line.message); m.hasMatch())
                    numbers << m.captured(1).toInt();
        });
        connect(&logs, &bl::FlinkWorkerLogs::drained, this, [&] { drained = true; });
        QStringList messages;
        connect(&logs, &bl::FlinkWorkerLogs::message, this, [&](const QString &m) { messages << m; });
        logs.start(m_cluster.restAddress());
        QTRY_VERIFY_WITH_TIMEOUT(logs.isFollowing(), 10000);
        QTest::qWait(2000); // the probe logs a line every 200 ms, after the first round
        QVERIFY(numbers.isEmpty());
        // The last probe line on disk now: the last look must give it.
        QFile file(m_cluster.taskManagerLogFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        int lastOnDisk = -1;
        for (const QByteArray &line : file.readAll().split('\n'))
            if (const auto m = probeLine.match(QString::fromUtf8(line)); m.hasMatch())
                lastOnDisk = m.captured(1).toInt();
        QVERIFY(lastOnDisk > 0);
        QElapsedTimer clock;
        clock.start();
        logs.drain();
        // The cluster keeps a fetched log 2 s (web.refresh-interval): the last look is after that.
        QTRY_VERIFY_WITH_TIMEOUT(drained, 2250 + bl::jobs::FlinkLogFollower::DrainBoundMs + 2000);
        const qint64 tookMs = clock.elapsed();
        qInfo("the last look took %lld ms and gave %lld probe lines", tookMs, qlonglong(numbers.size()));
        QVERIFY(tookMs >= 2000); // a coarse timer may fire up to 5 % early: never before the cluster refreshed
        BL_VERIFY2(messages.last().contains(QLatin1String("last lines")) && messages.last().contains(QLatin1String("in 3 s")),
                   qPrintable(messages.join(u'\n')));
        BL_VERIFY2(numbers.contains(lastOnDisk),
                   qPrintable(QStringLiteral("line %1 not given; given: %2").arg(lastOnDisk).arg(numbers.size())));
        QVERIFY(numbers.size() >= 5);
        QVERIFY(!logs.isFollowing());
        QTest::qWait(1000);
        QVERIFY(!lineAfterDrained);

        // Nothing followed: drained all the same, from the event loop.
        bl::FlinkWorkerLogs idle;
        bool idleDrained = false;
        connect(&idle, &bl::FlinkWorkerLogs::drained, this, [&] { idleDrained = true; });
        idle.drain();
        QVERIFY(!idleDrained);
        QTRY_VERIFY_WITH_TIMEOUT(idleDrained, 1000);
    }

    // The same in a whole launch: the word-count sample's real launcher submits to the Job API
    // stand-in replaying Beam's Flink job server (no Flink job server can run here), the runner
    // option flink_rest_address names this real cluster, whose TaskManager's log (the probe's
    // lines) is followed as the workers' lines. The launcher ends with its job DONE; the launch
    // ends only after the last look, which gives the probe lines logged up to when it was asked.
    void aLaunchEndsWithTheWorkersLastLines()
    {
        QTemporaryDir work;
        QVERIFY(work.isValid());
        JobServer standIn;
        BL_VERIFY2(standIn.startStandIn(QStringLiteral("flink"), {}, work.path()), standIn.log().constData());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BEAM_LAUNCHER_CACHE_DIR"), work.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("BEAM_LAUNCHER_CONFIG_DIR"), work.filePath(QStringLiteral("config")));
        const QString sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
        Background launch({QStringLiteral("launch"), sample, QStringLiteral("--runner"), QStringLiteral("flink"),
                           QStringLiteral("--endpoint"), standIn.endpoint(), QStringLiteral("--environment-type"),
                           QStringLiteral("PROCESS"), QStringLiteral("--environment-config"),
                           QStringLiteral("{\"command\":\"/bin/true\"}"), QStringLiteral("--option"),
                           QStringLiteral("flink_rest_address=") + m_cluster.restAddress(), QStringLiteral("--json"),
                           QStringLiteral("--"), QStringLiteral("--input=") + sample + QStringLiteral("/input.txt"),
                           QStringLiteral("--output=") + work.filePath(QStringLiteral("counts.txt"))},
                          env);
        const auto describe = [&]() -> QString {
            return launch.run().describe() + QStringLiteral("\n--- stand-in\n") + QString::fromUtf8(standIn.log());
        };
        BL_VERIFY2(launch.waitFor([](const CliRun &r) { return r.err.contains("workers' last lines"); }, 900000),
                   qPrintable(describe()));
        const QDateTime asked = QDateTime::currentDateTime();
        QVERIFY(launch.waitForExit(60000));
        const CliRun run = launch.run();
        BL_VERIFY2(run.exitCode == 0, qPrintable(describe()));
        // The probe's lines came as the workers' lines; the last of them was logged after the
        // last look was asked for (before the change, the lines of the last seconds were lost).
        static const QRegularExpression probeLine(
            QStringLiteral("(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3}) .*probe-worker line (\\d+)"));
        QDateTime lastLogged;
        int probeLines = 0;
        for (const QJsonObject &e : run.eventsNamed(QStringLiteral("worker-output"))) {
            const auto m = probeLine.match(e.value(QStringLiteral("line")).toString());
            if (!m.hasMatch())
                continue;
            ++probeLines;
            lastLogged = QDateTime::fromString(m.captured(1), QStringLiteral("yyyy-MM-dd HH:mm:ss,zzz"));
        }
        BL_VERIFY2(probeLines > 0 && lastLogged.isValid(), qPrintable(describe()));
        qInfo("%d probe lines as the workers' lines; the last logged %lld ms after the last look was asked for",
              probeLines, asked.msecsTo(lastLogged));
        // The probe logs every 200 ms: one was logged at most that long before the ask (and the
        // test noticed the ask a little after it was made).
        BL_VERIFY2(lastLogged >= asked.addMSecs(-400), qPrintable(lastLogged.toString(Qt::ISODateWithMs)
                                                                  + QStringLiteral(" < ") + asked.toString(Qt::ISODateWithMs)));
    }

    void nobodyListeningIsSaidClearlyAndSoon()
    {
        const quint16 port = freePort();
        QVERIFY(port);
        std::optional<FlinkCheck> got;
        FlinkRest rest(QStringLiteral("127.0.0.1:%1").arg(port));
        QElapsedTimer clock;
        clock.start();
        rest.check([&](const FlinkCheck &c) { got = c; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(clock.elapsed() < 3000);
        QVERIFY(!got->ok);
        QCOMPARE(got->error, QStringLiteral("No Flink REST API at http://127.0.0.1:%1: connection refused. Is the "
                                            "JobManager running? Set the Flink REST address in the profile.")
                                 .arg(port));
    }

    // A port that accepts connections but never answers: the timeout, not a hang.
    void aSilentPortTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        std::optional<FlinkCheck> got;
        FlinkRest rest(QStringLiteral("127.0.0.1:%1").arg(silent.serverPort()));
        rest.setTimeout(1500);
        QElapsedTimer clock;
        clock.start();
        rest.check([&](const FlinkCheck &c) { got = c; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        BL_VERIFY2(clock.elapsed() >= 1400 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(!got->ok);
        BL_VERIFY2(got->error.contains(QLatin1String("no answer within 1.5 s")), qPrintable(got->error));
    }

    // An HTTP server that is not Flink (Flink's own web UI path answered by something else).
    void notFlinkIsSaid()
    {
        std::optional<FlinkCheck> got;
        // The JobManager's REST API under a wrong path: HTTP 404 with Flink's error body.
        FlinkRest rest(QStringLiteral("http://%1/not-flink").arg(m_cluster.restAddress()));
        rest.check([&](const FlinkCheck &c) { got = c; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 10000);
        QVERIFY(!got->ok);
        BL_VERIFY2(got->error.contains(QLatin1String("answered HTTP 404")), qPrintable(got->error));
    }

    void cleanupTestCase()
    {
        const QList<qint64> pids = m_cluster.pids();
        QElapsedTimer clock;
        clock.start();
        m_cluster.stop();
        qInfo("both Flink JVMs ended %lld ms after SIGTERM", clock.elapsed());
        for (qint64 pid : pids)
            BL_VERIFY2(!isAlive(pid), qPrintable(QStringLiteral("Flink JVM %1 still runs").arg(pid)));
        // Nothing started from the cluster's folder (its --configDir) is left.
        const QStringList left = waitUntilNoneMention(m_dir.path(), 5000);
        BL_VERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
    }

private:
    QTemporaryDir m_dir;
    FlinkPieces m_pieces;
    FlinkCluster m_cluster;
    QString m_jobId;
    QString m_taskManagerId;
};

QTEST_GUILESS_MAIN(TestFlinkCluster)
#include "tst_flinkcluster.moc"
