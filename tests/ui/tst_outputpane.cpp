// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "VerifyWhole.h"
#include "Dialogs.h"
#include "EventLoopWatch.h"
#include "OutputLineParser.h"
#include "OutputPane.h"
#include "WorkerView.h"
#include "launch/LaunchSettings.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace bl;
using Kind = OutputLineParser::Kind;
using Span = OutputLineParser::Span;

namespace {

QStringList numbered(int from, int count, const QString &prefix = QStringLiteral("line "))
{
    QStringList lines;
    lines.reserve(count);
    for (int i = from; i < from + count; ++i)
        lines.append(prefix + QString::number(i));
    return lines;
}

// The character format at \a offset of block \a blockNumber, as inserted.
QTextCharFormat formatAt(QPlainTextEdit *edit, int blockNumber, int offset)
{
    const QTextBlock block = edit->document()->findBlockByNumber(blockNumber);
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const int start = fragment.position() - block.position();
        if (offset >= start && offset < start + fragment.length())
            return fragment.charFormat();
    }
    return QTextCharFormat();
}

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestOutputPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parser_data();
    void parser();
    void linkHrefRoundTrip();
    void logFileGetsEveryLineWithPrefixes();
    void formatsAtInsertion();
    void capDropsOldBlocks();
    void followsTheEndOnlyAtTheEnd();
    void find();
    void findShortcut();
    void linkClickEmitsFileLink();
    void saveThroughDialogSeam();
    void wrapAndClear();
    void flood();
    void workersTabSaysWhereTheLinesAre();
};

void TestOutputPane::parser_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QList<Span>>("spans");

    QTest::newRow("plain") << QStringLiteral("Executing pipeline with the prism runner.") << QList<Span>{};
    QTest::newRow("go error") << QStringLiteral("./main.go:12:3: undefined: beam.Foo")
                              << QList<Span>{{0, 14, Kind::Link, QStringLiteral("./main.go"), 12, 3}};
    QTest::newRow("no column") << QStringLiteral("pkg/x_test.go:7 something")
                               << QList<Span>{{0, 15, Kind::Link, QStringLiteral("pkg/x_test.go"), 7, 0}};
    QTest::newRow("panic trace") << QStringLiteral("\t/home/u/p/main.go:23 +0x1d")
                                 << QList<Span>{{1, 20, Kind::Link, QStringLiteral("/home/u/p/main.go"), 23, 0}};
    QTest::newRow("windows") << QStringLiteral("C:\\src\\p\\main.go:4:2: x")
                             << QList<Span>{{0, 20, Kind::Link, QStringLiteral("C:\\src\\p\\main.go"), 4, 2}};
    QTest::newRow("slog level") << QStringLiteral("time=2024 level=ERROR msg=boom")
                                << QList<Span>{{16, 5, Kind::Error, {}, 0, 0}};
    QTest::newRow("log warn") << QStringLiteral("2024/01/02 03:04:05 WARN slow")
                              << QList<Span>{{20, 4, Kind::Warning, {}, 0, 0}};
    QTest::newRow("info + debug") << QStringLiteral("INFO a DEBUG b")
                                  << QList<Span>{{0, 4, Kind::Info, {}, 0, 0}, {7, 5, Kind::Debug, {}, 0, 0}};
    QTest::newRow("word inside word") << QStringLiteral("ERRORS INFORMATION xWARN") << QList<Span>{};
    QTest::newRow("panic") << QStringLiteral("panic: runtime error: index out of range")
                           << QList<Span>{{0, 6, Kind::Error, {}, 0, 0}};
    QTest::newRow("level and link") << QStringLiteral("ERROR main.go:5: bad")
                                    << QList<Span>{{0, 5, Kind::Error, {}, 0, 0},
                                                   {6, 9, Kind::Link, QStringLiteral("main.go"), 5, 0}};
    QTest::newRow("not go") << QStringLiteral("main.gopher:5 cargo.go: x") << QList<Span>{};
    QTest::newRow("space in path") << QStringLiteral("/home/u/my dir/main.go:3:4: x")
                                   << QList<Span>{{0, 26, Kind::Link, QStringLiteral("/home/u/my dir/main.go"), 3, 4}};
    QTest::newRow("go.mod") << QStringLiteral("go.mod:3: unknown directive: requir")
                            << QList<Span>{{0, 8, Kind::Link, QStringLiteral("go.mod"), 3, 0}};
}

void TestOutputPane::parser()
{
    QFETCH(QString, line);
    QFETCH(QList<Span>, spans);
    const auto actual = OutputLineParser::parse(line);
    if (actual != spans) {
        for (const auto &s : actual)
            qWarning() << s.start << s.length << int(s.kind) << s.file << s.line << s.column;
    }
    QCOMPARE(actual, spans);
}

void TestOutputPane::linkHrefRoundTrip()
{
    const QString file = QStringLiteral("C:/dir with space/%odd:name.go");
    const QString href = OutputLineParser::linkHref(file, 12, 7);
    QString parsedFile;
    int line = 0;
    int column = 0;
    QVERIFY(OutputLineParser::parseLinkHref(href, &parsedFile, &line, &column));
    QCOMPARE(parsedFile, file);
    QCOMPARE(line, 12);
    QCOMPARE(column, 7);
    QVERIFY(!OutputLineParser::parseLinkHref(QStringLiteral("https://x"), &parsedFile, &line, &column));
}

void TestOutputPane::logFileGetsEveryLineWithPrefixes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OutputPane pane;
    pane.setMaximumLineCount(2);
    const QString log = dir.filePath(QStringLiteral("logs/run.log"));
    QVERIFY(pane.setLogFile(log));
    pane.appendLines({QStringLiteral("hello"), QStringLiteral("wörld")}, OutputPane::Stream::StdOut);
    pane.appendLine(QStringLiteral("oops"), OutputPane::Stream::StdErr);
    pane.appendLine(QStringLiteral("Building…"), OutputPane::Stream::Info);
    // Written at once, before any flush, and not limited by the on-screen cap.
    QCOMPARE(readLines(log), (QStringList{QStringLiteral("out hello"), QStringLiteral("out wörld"),
                                          QStringLiteral("err oops"), QStringLiteral("inf Building…")}));
    pane.flushPending();
    QCOMPARE(pane.textEdit()->blockCount(), 2);
    QCOMPARE(pane.textEdit()->toPlainText(), QStringLiteral("oops\nBuilding…"));
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QVERIFY(!pane.setLogFile(dir.filePath(QStringLiteral("file/sub.log"))));
    QVERIFY(!pane.logError().isEmpty());
}

void TestOutputPane::formatsAtInsertion()
{
    OutputPane pane;
    pane.appendLine(QStringLiteral("plain"), OutputPane::Stream::StdOut);
    pane.appendLine(QStringLiteral("bad thing"), OutputPane::Stream::StdErr);
    pane.appendLine(QStringLiteral("note"), OutputPane::Stream::Info);
    pane.appendLine(QStringLiteral("x WARN main.go:3:4: y"), OutputPane::Stream::StdOut);
    pane.flushPending();
    QPlainTextEdit *edit = pane.textEdit();
    QCOMPARE(edit->blockCount(), 4);
    const QTextCharFormat plain = formatAt(edit, 0, 0);
    const QTextCharFormat err = formatAt(edit, 1, 0);
    const QTextCharFormat info = formatAt(edit, 2, 0);
    QVERIFY(!plain.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(err.hasProperty(QTextFormat::ForegroundBrush));
    QVERIFY(info.fontItalic());
    QVERIFY(err.foreground().color() != info.foreground().color());
    const QTextCharFormat warn = formatAt(edit, 3, 2);
    QCOMPARE(warn.fontWeight(), int(QFont::Bold));
    const QTextCharFormat link = formatAt(edit, 3, 8);
    QVERIFY(link.isAnchor());
    QCOMPARE(link.anchorHref(), OutputLineParser::linkHref(QStringLiteral("main.go"), 3, 4));
    QVERIFY(!formatAt(edit, 3, 20).isAnchor());
}

void TestOutputPane::capDropsOldBlocks()
{
    OutputPane pane;
    QCOMPARE(pane.maximumLineCount(), 100000);
    pane.setMaximumLineCount(100);
    for (int i = 0; i < 10; ++i)
        pane.appendLines(numbered(i * 50, 50), OutputPane::Stream::StdOut);
    QVERIFY(pane.pendingLineCount() <= 100); // queued lines beyond the cap are not kept either
    pane.flushPending();
    QCOMPARE(pane.textEdit()->blockCount(), 100);
    QCOMPARE(pane.textEdit()->document()->firstBlock().text(), QStringLiteral("line 400"));
    QCOMPARE(pane.textEdit()->document()->lastBlock().text(), QStringLiteral("line 499"));
    QCOMPARE(pane.totalLineCount(), qint64(500));
}

void TestOutputPane::followsTheEndOnlyAtTheEnd()
{
    OutputPane pane;
    pane.resize(500, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QScrollBar *bar = pane.textEdit()->verticalScrollBar();

    pane.appendLines(numbered(0, 500), OutputPane::Stream::StdOut);
    QTRY_COMPARE(pane.pendingLineCount(), 0);
    QVERIFY(bar->maximum() > 100);
    QCOMPARE(bar->value(), bar->maximum());

    // The user scrolls up: new output must not move the view.
    bar->setValue(42);
    pane.appendLines(numbered(500, 500), OutputPane::Stream::StdOut);
    QTRY_COMPARE(pane.pendingLineCount(), 0);
    QCOMPARE(bar->value(), 42);
    QVERIFY(bar->maximum() > 900);

    // Back at the end: following resumes.
    bar->setValue(bar->maximum());
    pane.appendLines(numbered(1000, 500), OutputPane::Stream::StdErr);
    QTRY_COMPARE(pane.pendingLineCount(), 0);
    QCOMPARE(bar->value(), bar->maximum());
    QCOMPARE(pane.textEdit()->document()->lastBlock().text(), QStringLiteral("line 1499"));
}

void TestOutputPane::find()
{
    OutputPane pane;
    pane.resize(500, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QStringList lines = numbered(0, 300);
    lines[10] = QStringLiteral("first Needle here");
    lines[200] = QStringLiteral("second needle there");
    pane.appendLines(lines, OutputPane::Stream::StdOut);
    pane.flushPending();

    pane.showFindBar(QStringLiteral("needle"));
    auto *bar = pane.findChild<QWidget *>(QStringLiteral("findBar"));
    QVERIFY(bar && bar->isVisible());
    QCOMPARE(pane.matchCount(), 2); // case-insensitive
    QCOMPARE(pane.textEdit()->extraSelections().size(), 2);
    QCOMPARE(pane.textEdit()->textCursor().blockNumber(), 10);
    QCOMPARE(pane.textEdit()->textCursor().selectedText(), QStringLiteral("Needle"));
    QVERIFY(pane.findNext());
    QCOMPARE(pane.textEdit()->textCursor().blockNumber(), 200);
    QVERIFY(pane.findNext()); // wraps around
    QCOMPARE(pane.textEdit()->textCursor().blockNumber(), 10);
    QVERIFY(pane.findNext(true)); // backwards, wrapping to the end
    QCOMPARE(pane.textEdit()->textCursor().blockNumber(), 200);

    auto *edit = pane.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit);
    edit->setText(QStringLiteral("absent"));
    QCOMPARE(pane.matchCount(), 0);
    QVERIFY(!pane.findNext());
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    QVERIFY(pane.textEdit()->extraSelections().isEmpty());
}

void TestOutputPane::findShortcut()
{
    OutputPane pane;
    pane.appendLines(numbered(0, 10), OutputPane::Stream::StdOut);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&pane));
    pane.textEdit()->setFocus();
    QTRY_VERIFY(pane.textEdit()->hasFocus());
    QTest::keyClick(pane.textEdit(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = pane.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QTRY_VERIFY(edit->isVisible());
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("line 7"));
    QCOMPARE(pane.matchCount(), 1);
    QCOMPARE(pane.textEdit()->textCursor().blockNumber(), 7);
}

void TestOutputPane::linkClickEmitsFileLink()
{
    OutputPane pane;
    pane.setBaseDirectory(QStringLiteral("/work/pipeline"));
    pane.resize(600, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.appendLine(QStringLiteral("# example.com/p"), OutputPane::Stream::StdErr);
    pane.appendLine(QStringLiteral("./main.go:12:3: undefined: beam.Foo"), OutputPane::Stream::StdErr);
    pane.appendLine(QStringLiteral("\t/abs/dep.go:99 +0x1d"), OutputPane::Stream::StdOut);
    pane.flushPending();
    QSignalSpy spy(&pane, &OutputPane::fileLinkActivated);

    QPlainTextEdit *edit = pane.textEdit();
    const auto pointIn = [edit](int blockNumber, int offset) {
        QTextCursor cursor(edit->document()->findBlockByNumber(blockNumber));
        cursor.setPosition(cursor.position() + offset);
        return edit->cursorRect(cursor).center() + QPoint(2, 0);
    };
    // A click on plain text does nothing.
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, pointIn(1, 25));
    QCOMPARE(spy.count(), 0);
    QTest::mouseClick(edit->viewport(), Qt::LeftButton, {}, pointIn(1, 4));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("/work/pipeline/main.go"));
    QCOMPARE(spy.at(0).at(1).toInt(), 12);
    QCOMPARE(spy.at(0).at(2).toInt(), 3);

    QVERIFY(pane.activateLink(edit->anchorAt(pointIn(2, 5))));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("/abs/dep.go"));
    QCOMPARE(spy.at(1).at(1).toInt(), 99);
    QCOMPARE(spy.at(1).at(2).toInt(), 0);
    QVERIFY(!pane.activateLink(QStringLiteral("https://beam.apache.org")));
}

void TestOutputPane::saveThroughDialogSeam()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScriptedDialogs dialogs;
    OutputPane pane;
    pane.setDialogs(&dialogs);
    pane.appendLines({QStringLiteral("a"), QStringLiteral("b")}, OutputPane::Stream::StdOut);

    // Cancelled: nothing written, but the question was asked.
    auto *save = pane.findChild<QAction *>(QStringLiteral("saveAction"));
    QVERIFY(save);
    save->trigger();
    QCOMPARE(dialogs.requests().size(), 1);
    QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::ChooseSaveFile);

    const QString path = dir.filePath(QStringLiteral("out.txt"));
    dialogs.setNextFileName(path);
    QVERIFY(pane.saveToFile()); // also flushes what is still queued
    QCOMPARE(readLines(path), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(dialogs.pendingFileNames(), 0);

    // A failure is reported through the seam, not a real message box.
    dialogs.setNextFileName(dir.filePath(QStringLiteral("no/such/dir/out.txt")));
    QVERIFY(!pane.saveToFile());
    QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::Warning);
}

void TestOutputPane::wrapAndClear()
{
    OutputPane pane;
    QVERIFY(!pane.wordWrap());
    auto *wrap = pane.findChild<QAction *>(QStringLiteral("wrapAction"));
    wrap->trigger();
    QVERIFY(pane.wordWrap());
    QCOMPARE(pane.textEdit()->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    pane.setWordWrap(false);
    QVERIFY(!wrap->isChecked());

    pane.appendLines(numbered(0, 10), OutputPane::Stream::StdOut);
    pane.flushPending();
    pane.appendLines(numbered(10, 10), OutputPane::Stream::StdOut);
    pane.findChild<QAction *>(QStringLiteral("clearAction"))->trigger();
    QCOMPARE(pane.pendingLineCount(), 0);
    QVERIFY(pane.textEdit()->toPlainText().isEmpty());
    pane.appendLine(QStringLiteral("after"), OutputPane::Stream::StdOut);
    pane.flushPending();
    QCOMPARE(pane.textEdit()->toPlainText(), QStringLiteral("after"));
}

void TestOutputPane::flood()
{
    constexpr int total = 200000;
    constexpr int batch = 1000;
    constexpr int cap = 50000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    OutputPane pane;
    pane.setMaximumLineCount(cap);
    const QString log = dir.filePath(QStringLiteral("flood.log"));
    QVERIFY(pane.setLogFile(log));
    pane.resize(800, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    // A producer like ProcessRunner's line batches, as fast as the event loop lets it.
    int produced = 0;
    QTimer producer;
    producer.setInterval(0);
    connect(&producer, &QTimer::timeout, this, [&] {
        QStringList lines = numbered(produced, batch, QStringLiteral("flood line "));
        // Some highlighted lines in every batch, so the slow path is exercised too.
        for (int i = 0; i < batch; i += 50)
            lines[i] += QStringLiteral(" ERROR at main.go:%1:2").arg(i + 1);
        pane.appendLines(lines, (produced / batch) % 2 ? OutputPane::Stream::StdErr : OutputPane::Stream::StdOut);
        produced += batch;
        if (produced >= total)
            producer.stop();
    });

    // A 5 ms heartbeat that measures how late the event loop lets it run.
    bl::test::EventLoopWatch heartbeat;
    heartbeat.start();
    producer.start();
    QTRY_VERIFY_WITH_TIMEOUT(produced >= total && pane.pendingLineCount() == 0, 120000);
    heartbeat.stop();
    const qint64 worstLateness = heartbeat.worstLatenessMs();
    qInfo("flood: %d lines in %lld ms, worst heartbeat lateness %lld ms", total, heartbeat.elapsedMs(), worstLateness);

    QVERIFY(pane.textEdit()->blockCount() <= cap);
    QCOMPARE(pane.textEdit()->document()->lastBlock().text(),
             QStringLiteral("flood line %1").arg(total - 1));
    const QStringList logged = readLines(log);
    QCOMPARE(logged.size(), total);
    QCOMPARE(logged.constFirst(), QStringLiteral("out flood line 0 ERROR at main.go:1:2"));
    QCOMPARE(logged.constLast(), QStringLiteral("err flood line %1").arg(total - 1));
    BL_VERIFY2(worstLateness < 500, qPrintable(QStringLiteral("lateness %1 ms").arg(worstLateness)));
}

void TestOutputPane::workersTabSaysWhereTheLinesAre()
{
    bl::LaunchSettings flink;
    flink.runner = QStringLiteral("flink");
    flink.endpoint = QStringLiteral("localhost:8099");
    flink.environmentType = QStringLiteral("PROCESS");
    QString note = bl::WorkerView::sourceNote(flink);
    BL_VERIFY2(note.contains(QLatin1String("TaskManagers' logs")) && note.contains(QLatin1String("localhost:8081")), qPrintable(note));
    flink.runnerOptions.insert(QStringLiteral("flink_rest_address"), QStringLiteral("jobmanager.example:18081"));
    note = bl::WorkerView::sourceNote(flink);
    BL_VERIFY2(note.contains(QLatin1String("jobmanager.example:18081")), qPrintable(note));
    flink.environmentType = QStringLiteral("LOOPBACK"); // then the lines are the launcher's
    QVERIFY(!bl::WorkerView::sourceNote(flink).contains(QLatin1String("TaskManagers")));
    bl::LaunchSettings python = flink;
    python.runner = QStringLiteral("universal");
    python.environmentType = QStringLiteral("PROCESS");
    QVERIFY(!bl::WorkerView::sourceNote(python).contains(QLatin1String("TaskManagers")));
}

QTEST_MAIN(TestOutputPane)
#include "tst_outputpane.moc"
