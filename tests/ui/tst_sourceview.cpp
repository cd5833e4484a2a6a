// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "VerifyWhole.h"
#include "GoHighlighter.h"
#include "SourceView.h"
#include "SyntaxHighlighterAdapter.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace bl;

namespace {

const QString fixture = QStringLiteral(BL_SOURCE_DIR "/tests/fixtures/ui/wordcount.go");

int lineOf(const QTextDocument *document, const QString &needle)
{
    return document->find(needle).blockNumber() + 1;
}

// The highlighter's format at column \a offset of \a block (a format range that covers it).
QTextCharFormat formatAt(const QTextBlock &block, int offset)
{
    const auto ranges = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length)
            return range.format;
    }
    return QTextCharFormat();
}

QTextCharFormat formatOf(const QTextDocument *document, const QString &needle, int skip = 0)
{
    const QTextCursor found = document->find(needle, 0, QTextDocument::FindCaseSensitively);
    if (found.isNull())
        return QTextCharFormat();
    return formatAt(found.block(), found.selectionStart() - found.block().position() + skip);
}

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2a, 0x2a));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    return palette;
}

} // namespace

class TestSourceView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAtLineAndColumn();
    void columnCountsUtf8Bytes();
    void missingFile();
    void goHighlighting();
    void goHighlightingDarkPalette();
    void commandLineHighlighting();
};

void TestSourceView::opensAtLineAndColumn()
{
    SourceView view;
    view.resize(700, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy opened(&view, &SourceView::fileOpened);
    BL_VERIFY2(view.openFile(fixture, 40, 5), qPrintable(view.errorString()));
    QCOMPARE(opened.count(), 1);
    QCOMPARE(view.filePath(), fixture);
    QCOMPARE(view.markedLine(), 40);
    QCOMPARE(view.textCursor().blockNumber(), 39);
    QCOMPARE(view.textCursor().positionInBlock(), 4);
    const auto selections = view.extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections.at(0).cursor.blockNumber(), 39);
    QVERIFY(selections.at(0).format.property(QTextFormat::FullWidthSelection).toBool());
    QVERIFY(selections.at(0).format.background().color().isValid());
    // The marked line is scrolled into view.
    QVERIFY(view.verticalScrollBar()->value() > 0);
    QVERIFY(view.cursorRect().top() >= 0 && view.cursorRect().bottom() <= view.viewport()->height());
    QVERIFY(view.highlighter());
    QVERIFY(!view.highlighter()->engineName().isEmpty());
    QVERIFY(view.lineNumberAreaWidth() > 0);
    QVERIFY(view.isReadOnly());

    // Another line in the same file; then line 0 means no mark.
    view.goToLine(3);
    QCOMPARE(view.textCursor().blockNumber(), 2);
    QCOMPARE(view.extraSelections().at(0).cursor.blockNumber(), 2);
    view.goToLine(0);
    QVERIFY(view.extraSelections().isEmpty());
    view.goToLine(10000); // beyond the end: no mark, no crash
    QVERIFY(view.extraSelections().isEmpty());
}

void TestSourceView::columnCountsUtf8Bytes()
{
    SourceView view;
    QVERIFY(view.openFile(fixture));
    const int line = lineOf(view.document(), QStringLiteral("héllo"));
    const QString text = view.document()->findBlockByNumber(line - 1).text();
    // Go reports the byte column of "wörld": 'é' counts 2 bytes before it.
    const int charColumn = int(text.indexOf(QStringLiteral("wörld")));
    const int byteColumn = int(text.left(charColumn).toUtf8().size()) + 1;
    QVERIFY(byteColumn > charColumn + 1);
    view.goToLine(line, byteColumn);
    QCOMPARE(view.textCursor().positionInBlock(), charColumn);
}

void TestSourceView::missingFile()
{
    SourceView view;
    QVERIFY(!view.openFile(QStringLiteral(BL_SOURCE_DIR "/no/such/file.go"), 3));
    QVERIFY(!view.errorString().isEmpty());
    QVERIFY(view.filePath().isEmpty());
    view.setMaximumFileSize(10);
    QVERIFY(!view.openFile(fixture));
    QVERIFY(view.errorString().contains(QStringLiteral("too large")));
}

void TestSourceView::goHighlighting()
{
    QTextDocument document;
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    QFile file(fixture);
    QVERIFY(file.open(QIODevice::ReadOnly));
    document.setPlainText(QString::fromUtf8(file.readAll()));
    auto *highlighter = new GoHighlighter(&document, QGuiApplication::palette());
    const auto keyword = highlighter->tokenFormat(GoHighlighter::Token::Keyword).foreground().color();
    const auto string = highlighter->tokenFormat(GoHighlighter::Token::String).foreground().color();
    const auto comment = highlighter->tokenFormat(GoHighlighter::Token::Comment).foreground().color();
    const auto type = highlighter->tokenFormat(GoHighlighter::Token::Type).foreground().color();
    const auto number = highlighter->tokenFormat(GoHighlighter::Token::Number).foreground().color();
    const auto function = highlighter->tokenFormat(GoHighlighter::Token::Function).foreground().color();
    QCOMPARE(QSet<QRgb>({keyword.rgb(), string.rgb(), comment.rgb(), type.rgb(), number.rgb()}).size(), 5);

    QCOMPARE(formatOf(&document, QStringLiteral("package main")).foreground().color(), keyword);
    QCOMPARE(formatOf(&document, QStringLiteral("func main")).foreground().color(), keyword);
    QCOMPARE(formatOf(&document, QStringLiteral("main() {")).foreground().color(), function);
    QCOMPARE(formatOf(&document, QStringLiteral("ProcessElement(")).foreground().color(), function);
    QCOMPARE(formatOf(&document, QStringLiteral("\"context\"")).foreground().color(), string);
    QCOMPARE(formatOf(&document, QStringLiteral("// Package main")).foreground().color(), comment);
    QCOMPARE(formatOf(&document, QStringLiteral("// minimum")).foreground().color(), comment);
    QCOMPARE(formatOf(&document, QStringLiteral("int64 //")).foreground().color(), type);
    QCOMPARE(formatOf(&document, QStringLiteral("0x1F")).foreground().color(), number);
    QCOMPARE(formatOf(&document, QStringLiteral("3.5e-2")).foreground().color(), number);
    QCOMPARE(formatOf(&document, QStringLiteral("'x'")).foreground().color(), string);
    // Multi-line constructs carry over through block states.
    QCOMPARE(formatOf(&document, QStringLiteral("that spans lines")).foreground().color(), comment);
    QCOMPARE(formatOf(&document, QStringLiteral("a raw string over")).foreground().color(), string);
    QCOMPARE(formatOf(&document, QStringLiteral("`[a-zA-Z]")).foreground().color(), string);
    // After the raw string closes, code is code again.
    QCOMPARE(formatOf(&document, QStringLiteral("type counter")).foreground().color(), keyword);
    // Not keywords: identifiers that contain one; a keyword inside a string; "//" inside a string.
    QVERIFY(formatOf(&document, QStringLiteral("wordRE =")).foreground().color() != keyword);
    QCOMPARE(formatOf(&document, QStringLiteral("gs://apache")).foreground().color(), string);
    // Escapes inside strings stand out.
    QCOMPARE(formatOf(&document, QStringLiteral("\\t")).fontWeight(), int(QFont::Bold));

    // Editing the end of a block comment re-highlights the following lines.
    const QTextCursor end = document.find(QStringLiteral("lines. */"));
    QTextCursor edit(end);
    edit.setPosition(end.selectionEnd() - 2);
    edit.setPosition(end.selectionEnd(), QTextCursor::KeepAnchor);
    edit.insertText(QStringLiteral("  "));
    QCOMPARE(formatOf(&document, QStringLiteral("var (")).foreground().color(), comment);
}

void TestSourceView::goHighlightingDarkPalette()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("func f() string { return \"x\" } // c"));
    SyntaxHighlighterAdapter *adapter = createGoHighlighter(&document, darkPalette());
    QVERIFY(adapter);
#ifndef BL_HAVE_KSYNTAXHIGHLIGHTING
    QCOMPARE(adapter->engineName(), QStringLiteral("built-in"));
#endif
    const QTextBlock block = document.firstBlock();
    const QColor base(0x1e, 0x1e, 0x1e);
    // Every highlighted token must be light enough to read on the dark base.
    for (int offset : {0, 5, 9, 25, 31}) {
        const QColor color = formatAt(block, offset).foreground().color();
        BL_VERIFY2(color.isValid(), qPrintable(QString::number(offset)));
        BL_VERIFY2(color.lightnessF() > base.lightnessF() + 0.3,
                 qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(color.name())));
    }
    // Switching palettes re-highlights with the light colours.
    const QColor darkKeyword = formatAt(block, 0).foreground().color();
    adapter->setPalette(QPalette(Qt::white));
    QVERIFY(formatAt(document.firstBlock(), 0).foreground().color() != darkKeyword);
}

void TestSourceView::commandLineHighlighting()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral(
        "API_TOKEN=******** ./launcher --worker_binary=/tmp/w --runner=dataflow \\\n"
        "  --labels='{\"team\": \"data\"}' --password=\"********\" -v"));
    auto *highlighter = new CommandLineHighlighter(&document, QGuiApplication::palette());
    const QColor program = highlighter->tokenFormat(CommandLineHighlighter::Token::Program).foreground().color();
    const QColor flag = highlighter->tokenFormat(CommandLineHighlighter::Token::Flag).foreground().color();
    const QColor string = highlighter->tokenFormat(CommandLineHighlighter::Token::String).foreground().color();
    const QColor secret = highlighter->tokenFormat(CommandLineHighlighter::Token::Secret).foreground().color();
    QCOMPARE(QSet<QRgb>({program.rgb(), flag.rgb(), string.rgb(), secret.rgb()}).size(), 4);

    QCOMPARE(formatOf(&document, QStringLiteral("./launcher")).foreground().color(), program);
    QCOMPARE(formatOf(&document, QStringLiteral("API_TOKEN=")).foreground().color(), flag);
    QCOMPARE(formatOf(&document, QStringLiteral("********")).foreground().color(), secret);
    QVERIFY(formatOf(&document, QStringLiteral("********")).background().color().isValid());
    QCOMPARE(formatOf(&document, QStringLiteral("--worker_binary=")).foreground().color(), flag);
    QCOMPARE(formatOf(&document, QStringLiteral("--worker_binary="), 15).foreground().color(), flag); // the '='
    QVERIFY(formatOf(&document, QStringLiteral("/tmp/w")).foreground().color() != flag); // the value
    QCOMPARE(formatOf(&document, QStringLiteral("'{")).foreground().color(), string);
    QCOMPARE(formatOf(&document, QStringLiteral("-v")).foreground().color(), flag);
    // Second line of a continued command: "--labels" is a flag, not the program.
    QCOMPARE(formatOf(&document, QStringLiteral("--labels")).foreground().color(), flag);
    const QTextCursor quotedSecret = document.find(QStringLiteral("\"********\""));
    QCOMPARE(formatAt(quotedSecret.block(), quotedSecret.selectionStart() - quotedSecret.block().position() + 1)
                 .foreground().color(), secret);

    QTextDocument other;
    other.setPlainText(QStringLiteral("x"));
    SyntaxHighlighterAdapter *adapter = createCommandLineHighlighter(&other);
    QVERIFY(adapter && adapter->syntaxHighlighter());
    QCOMPARE(adapter->syntaxHighlighter()->document(), &other);
}

QTEST_MAIN(TestSourceView)
#include "tst_sourceview.moc"
