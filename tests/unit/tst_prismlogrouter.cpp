// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// PrismLogRouter on what a real managed Prism (Beam 2.77, --log_kind=json --log_level=debug) wrote
// while the word-count sample ran with the PROCESS environment (tests/fixtures/beam-output/
// prism-managed-process.{stderr,stdout}.log), and RunnerLine::levelOf on plain lines.
#include "runner/PrismLogRouter.h"

#include <QFile>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

QStringList fixtureLines(const QString &name)
{
    QFile file(QStringLiteral(BL_FIXTURES_DIR "/beam-output/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestPrismLogRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realRun()
    {
        const QStringList err = fixtureLines(u"prism-managed-process.stderr.log"_s);
        const QStringList out = fixtureLines(u"prism-managed-process.stdout.log"_s);
        QCOMPARE(err.size(), 98);
        QCOMPARE(out.size(), 1);
        PrismLogRouter router;
        router.setWorkersMayRun(true);
        QList<RunnerLine> worker;
        QList<RunnerLine> events; // Prism's word on its PROCESS workers
        int runner = 0;
        for (const QString &line : err) {
            const RunnerLine routed = router.route(ProcessRunner::Channel::StdErr, line);
            if (routed.source == RunnerLine::Source::Worker)
                worker << routed;
            else
                ++runner;
            if (routed.event != RunnerLine::Event::None)
                events << routed;
        }
        // One worker started; as the job ended Prism killed it (an error with its reason), then
        // said it stopped. Nothing else carries an event.
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).event, RunnerLine::Event::WorkerStarted);
        QCOMPARE(events.at(1).event, RunnerLine::Event::WorkerFailed);
        QCOMPARE(events.at(1).detail, u"signal: killed"_s);
        QCOMPARE(events.at(2).event, RunnerLine::Event::WorkerStopped);
        for (const RunnerLine &e : std::as_const(events))
            QCOMPARE(e.source, RunnerLine::Source::Runner);
        const RunnerLine rlimit = router.route(ProcessRunner::Channel::StdOut, out.first());
        QCOMPARE(rlimit.source, RunnerLine::Source::Worker);
        QCOMPARE(rlimit.stream, RunnerLine::Stream::StdOut);
        QCOMPARE(rlimit.text(), u"Error Setting Rlimit  operation not permitted"_s);

        // 12 SDK entries from the worker's logging client, 3 lines boot wrote to its stderr,
        // and Prism's own 83 entries.
        QCOMPARE(worker.size(), 15);
        QCOMPARE(runner, 83);
        const auto logs = std::count_if(worker.cbegin(), worker.cend(),
                                        [](const RunnerLine &l) { return l.stream == RunnerLine::Stream::Log; });
        QCOMPARE(logs, 12);

        const auto writing = std::find_if(worker.cbegin(), worker.cend(),
                                          [](const RunnerLine &l) { return l.message.startsWith(u"Writing to"_s); });
        QVERIFY(writing != worker.cend());
        QCOMPARE(writing->level, RunnerLine::Level::Info);
        QCOMPARE(writing->transform, u"e13"_s);
        QCOMPARE(writing->time, u"2026-11-29T10:28:17.564664661Z"_s);
        QVERIFY(writing->location.endsWith(u"textio.go:343"_s));
        QVERIFY2(writing->text().contains(u"INFO [e13] Writing to /tmp/prismexp/counts.txt"_s), qPrintable(writing->text()));

        const auto reconnect = std::find_if(worker.cbegin(), worker.cend(),
                                            [](const RunnerLine &l) { return l.message.startsWith(u"forcing DataChannel"_s); });
        QVERIFY(reconnect != worker.cend());
        QCOMPARE(reconnect->level, RunnerLine::Level::Warning);

        QCOMPARE(worker.at(0).stream, RunnerLine::Stream::StdErr); // boot's "Provision info:" comes first
        QVERIFY(worker.at(0).message.endsWith(u"Provision info:"_s));
        QVERIFY(std::any_of(worker.cbegin(), worker.cend(), [](const RunnerLine &l) {
            return l.stream == RunnerLine::Stream::StdErr && l.message == u"Worker exited successfully!"_s;
        }));
    }

    void beforeReadyEverythingIsPrisms()
    {
        PrismLogRouter router;
        const RunnerLine fatal = router.route(ProcessRunner::Channel::StdErr,
                                              u"2026/11/29 10:00:00 error creating job server: listen tcp"_s);
        QCOMPARE(fatal.source, RunnerLine::Source::Runner);
        const RunnerLine garbage = router.route(ProcessRunner::Channel::StdErr, u"{not json"_s);
        QCOMPARE(garbage.source, RunnerLine::Source::Runner);
    }

    void workerEvents_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("event");
        QTest::addColumn<QString>("detail");
        QTest::newRow("failed to start")
            << u"{\"level\":\"ERROR\",\"msg\":\"process failed to start\",\"error\":\"fork/exec /x/boot: no such file\"}"_s
            << int(RunnerLine::Event::WorkerFailed) << u"fork/exec /x/boot: no such file"_s;
        QTest::newRow("exit status") << u"{\"level\":\"ERROR\",\"msg\":\"process failed while running\",\"error\":\"exit status 1\"}"_s
                                     << int(RunnerLine::Event::WorkerFailed) << u"exit status 1"_s;
        QTest::newRow("a stopped job is no worker") << u"{\"level\":\"DEBUG\",\"msg\":\"stopped\",\"job\":\"j\"}"_s
                                                    << int(RunnerLine::Event::None) << QString();
        QTest::newRow("an SDK entry saying the words")
            << u"{\"level\":\"INFO\",\"msg\":\"[SDK] process failed while running\",\"sdk\":{}}"_s
            << int(RunnerLine::Event::None) << QString();
        QTest::newRow("plain text") << u"process failed while running"_s << int(RunnerLine::Event::None) << QString();
    }

    void workerEvents()
    {
        QFETCH(QString, line);
        QFETCH(int, event);
        QFETCH(QString, detail);
        PrismLogRouter router;
        router.setWorkersMayRun(true);
        const RunnerLine routed = router.route(ProcessRunner::Channel::StdErr, line);
        QCOMPARE(int(routed.event), event);
        QCOMPARE(routed.detail, detail);
    }

    void levelOf_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("level");
        using L = RunnerLine::Level;
        QTest::newRow("slog text info") << u"time=2026-11-26T01:38:00.155Z level=INFO msg=\"x\""_s << int(L::Info);
        QTest::newRow("slog text error") << u"time=2026-11-26T01:38:00.282Z level=ERROR msg=\"process failed\""_s
                                         << int(L::Error);
        QTest::newRow("slog json warn") << u"{\"time\":\"t\",\"level\":\"WARN\",\"msg\":\"m\"}"_s << int(L::Warning);
        QTest::newRow("slog offset") << u"time=t level=ERROR+2 msg=critical"_s << int(L::Error);
        QTest::newRow("bracketed") << u"2026/11/29 10:28:17 [DEBUG] harness ready"_s << int(L::Debug);
        QTest::newRow("glog") << u"E1129 10:28:17.000000   12 main.go:3] boom"_s << int(L::Error);
        QTest::newRow("panic") << u"panic: runtime error: index out of range"_s << int(L::Error);
        QTest::newRow("plain") << u"Worker exited successfully!"_s << int(L::Unknown);
        QTest::newRow("INFO inside a word is not a level") << u"INFORMATION: none"_s << int(L::Unknown);
        QTest::newRow("the word error in a message is not a level") << u"no error here"_s << int(L::Unknown);
    }

    void levelOf()
    {
        QFETCH(QString, line);
        QFETCH(int, level);
        QCOMPARE(int(RunnerLine::levelOf(line)), level);
    }
};

QTEST_GUILESS_MAIN(TestPrismLogRouter)
#include "tst_prismlogrouter.moc"
