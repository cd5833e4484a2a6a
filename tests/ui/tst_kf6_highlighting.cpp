// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// KDE Syntax Highlighting (KF6) is the engine where the build found it (Debian 13 and newer; the
// .ci/trixie pass): the source view and the command preview use KDE's Go and Bash definitions
// with KDE's light or dark theme, whichever fits the palette. Built only when CMake finds
// KF6SyntaxHighlighting (tests/CMakeLists.txt says so at configure time otherwise).
// With BL_KF6_SCREENSHOT_DIR set, rendered() also saves what it checked as PNG files there.
#include "VerifyWhole.h"
#include "ProfileEditor.h"
#include "SourceView.h"
#include "SyntaxHighlighterAdapter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#ifndef BL_HAVE_KSYNTAXHIGHLIGHTING
#error "tst_kf6_highlighting is built only when the UI library uses KF6SyntaxHighlighting"
#endif

using namespace bl;
using KSyntaxHighlighting::Theme;

namespace {

const QString fixture = QStringLiteral(BL_SOURCE_DIR "/tests/fixtures/ui/wordcount.go");

KSyntaxHighlighting::SyntaxHighlighter *kdeHighlighter(SyntaxHighlighterAdapter *adapter)
{
    return adapter ? qobject_cast<KSyntaxHighlighting::SyntaxHighlighter *>(adapter->syntaxHighlighter()) : nullptr;
}

QTextCharFormat formatAt(const QTextBlock &block, int offset)
{
    const auto ranges = block.layout()->formats();
    QTextCharFormat found;
    for (const QTextLayout::FormatRange &range : ranges) {
        if (offset >= range.start && offset < range.start + range.length)
            found = range.format; // the last range wins, as when the text is drawn
    }
    return found;
}

QTextCharFormat formatOf(const QTextDocument *document, const QString &needle, int skip = 0)
{
    const QTextCursor found = document->find(needle, 0, QTextDocument::FindCaseSensitively);
    if (found.isNull())
        return QTextCharFormat();
    return formatAt(found.block(), found.selectionStart() - found.block().position() + skip);
}

QColor themeColor(const Theme &theme, Theme::TextStyle style)
{
    return QColor::fromRgba(theme.textColor(style));
}

QColor editorBackground(const Theme &theme)
{
    return QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
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

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

// Pixels of \a image within a small distance of \a color (glyph stems; edges are antialiased).
int pixelsNear(const QImage &image, const QColor &color)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (qAbs(pixel.red() - color.red()) + qAbs(pixel.green() - color.green())
                    + qAbs(pixel.blue() - color.blue()) <= 24)
                ++count;
        }
    }
    return count;
}

} // namespace

class TestKf6Highlighting final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceViewUsesKdeGoDefinition();
    void themeFollowsPalette();
    void commandPreviewUsesKdeBash();
    void rendered_data();
    void rendered();
};

void TestKf6Highlighting::sourceViewUsesKdeGoDefinition()
{
    SourceView view;
    view.setPalette(lightPalette());
    BL_VERIFY2(view.openFile(fixture), qPrintable(view.errorString()));
    QVERIFY(view.highlighter());
    QCOMPARE(view.highlighter()->engineName(), QStringLiteral("KSyntaxHighlighting"));
    KSyntaxHighlighting::SyntaxHighlighter *kde = kdeHighlighter(view.highlighter());
    QVERIFY(kde);
    QVERIFY(kde->definition().isValid());
    QCOMPARE(kde->definition().name(), QStringLiteral("Go"));
    QVERIFY(kde->definition().keywordLists().size() > 0);
    const Theme theme = kde->theme();
    QVERIFY(theme.isValid());

    const QTextDocument *document = view.document();
    const QColor keyword = themeColor(theme, Theme::Keyword);
    const QColor comment = themeColor(theme, Theme::Comment);
    const QColor string = themeColor(theme, Theme::String);
    QVERIFY(keyword != comment && keyword != string && comment != string);
    // Breeze draws keywords in the text colour, bold: the weight is what sets them apart.
    QVERIFY(theme.isBold(Theme::Keyword));

    // Keywords get the theme's keyword format, from the Go definition's keyword list.
    for (const QString &needle : {QStringLiteral("package main"), QStringLiteral("func main"),
                                  QStringLiteral("type counter"), QStringLiteral("range wordRE"),
                                  QStringLiteral("if err")}) {
        const QTextCharFormat format = formatOf(document, needle);
        BL_VERIFY2(format.foreground().color() == keyword,
                 qPrintable(QStringLiteral("%1: %2, keyword is %3")
                                .arg(needle, format.foreground().color().name(), keyword.name())));
        BL_VERIFY2(format.fontWeight() == QFont::Bold, qPrintable(needle));
    }
    QCOMPARE(formatOf(document, QStringLiteral("// Package main")).foreground().color(), comment);
    QCOMPARE(formatOf(document, QStringLiteral("\"context\"")).foreground().color(), string);
    // Across lines: a block comment and a raw string.
    QCOMPARE(formatOf(document, QStringLiteral("that spans lines")).foreground().color(), comment);
    QCOMPARE(formatOf(document, QStringLiteral("a raw string over")).foreground().color(), string);
    // Not keywords: an identifier that contains one; a keyword inside a string.
    QVERIFY(formatOf(document, QStringLiteral("wordRE =")).fontWeight() != QFont::Bold);
    QVERIFY(formatOf(document, QStringLiteral("main() {"), 1).fontWeight() != QFont::Bold);
    QCOMPARE(formatOf(document, QStringLiteral("gs://apache")).foreground().color(), string);
}

void TestKf6Highlighting::themeFollowsPalette()
{
    QTextDocument document;
    document.setPlainText(QStringLiteral("func f() string { return \"x\" } // c"));
    SyntaxHighlighterAdapter *adapter = createGoHighlighter(&document, lightPalette());
    KSyntaxHighlighting::SyntaxHighlighter *kde = kdeHighlighter(adapter);
    QVERIFY(kde);
    const Theme light = kde->theme();
    QVERIFY(light.isValid());
    BL_VERIFY2(editorBackground(light).lightnessF() > 0.5, qPrintable(light.name()));
    const QColor lightKeyword = formatAt(document.firstBlock(), 0).foreground().color();
    QCOMPARE(lightKeyword, themeColor(light, Theme::Keyword));

    adapter->setPalette(darkPalette());
    const Theme dark = kde->theme();
    QVERIFY(dark.isValid());
    BL_VERIFY2(dark.name() != light.name(), qPrintable(dark.name()));
    BL_VERIFY2(editorBackground(dark).lightnessF() < 0.5, qPrintable(dark.name()));
    const QColor darkKeyword = formatAt(document.firstBlock(), 0).foreground().color();
    QCOMPARE(darkKeyword, themeColor(dark, Theme::Keyword));
    QVERIFY(darkKeyword != lightKeyword);
    // Readable on the dark base: keyword, string and comment are much lighter than it.
    const double base = darkPalette().color(QPalette::Base).lightnessF();
    for (int offset : {0, 25, 32}) {
        const QColor color = formatAt(document.firstBlock(), offset).foreground().color();
        BL_VERIFY2(color.lightnessF() > base + 0.3,
                 qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(color.name())));
    }

    // The source view passes its palette on when it changes.
    SourceView view;
    view.setPalette(lightPalette());
    QVERIFY(view.openFile(fixture));
    QCOMPARE(kdeHighlighter(view.highlighter())->theme().name(), light.name());
    view.setPalette(darkPalette());
    QCOMPARE(kdeHighlighter(view.highlighter())->theme().name(), dark.name());
    QCOMPARE(formatOf(view.document(), QStringLiteral("package main")).foreground().color(),
             themeColor(dark, Theme::Keyword));
}

void TestKf6Highlighting::commandPreviewUsesKdeBash()
{
    ProfileEditor editor;
    editor.setPalette(lightPalette());
    auto *preview = editor.findChild<QPlainTextEdit *>(QStringLiteral("commandPreview"));
    QVERIFY(preview);
    auto *kde = preview->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    BL_VERIFY2(kde, "the command preview has no KSyntaxHighlighting highlighter");
    QCOMPARE(kde->definition().name(), QStringLiteral("Bash"));

    preview->setPlainText(QStringLiteral(
        "API_TOKEN=******** ./launcher --runner=prism --password=\"********\" --labels='a b'"));
    const QTextDocument *document = preview->document();
    const Theme theme = kde->theme();
    // KDE's Bash rules: the assignment's variable and the quoted value.
    QCOMPARE(formatOf(document, QStringLiteral("API_TOKEN")).foreground().color(), themeColor(theme, Theme::Variable));
    QCOMPARE(formatOf(document, QStringLiteral("'a b'")).foreground().color(), themeColor(theme, Theme::String));
    // Ours on top: masked secrets stand out, with or without quotes.
    const QTextCharFormat secret = formatOf(document, QStringLiteral("********"));
    QVERIFY(secret.background().color().isValid());
    QVERIFY(!secret.toolTip().isEmpty());
    const QTextCharFormat quoted = formatOf(document, QStringLiteral("\"********\""), 1);
    QCOMPARE(quoted.background().color(), secret.background().color());
    QCOMPARE(formatOf(document, QStringLiteral("./launcher")).background().style(), Qt::NoBrush);
}

void TestKf6Highlighting::rendered_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

// What a user sees: the drawn source view has the theme's keyword and comment colours.
void TestKf6Highlighting::rendered()
{
    QFETCH(bool, dark);
    SourceView view;
    view.setPalette(dark ? darkPalette() : lightPalette());
    view.resize(760, 560);
    QVERIFY(view.openFile(fixture, 31, 6));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.goToLine(31, 6);
    const QImage image = view.grab().toImage();
    const Theme theme = kdeHighlighter(view.highlighter())->theme();
    const int keywordPixels = pixelsNear(image, themeColor(theme, Theme::Keyword));
    const int commentPixels = pixelsNear(image, themeColor(theme, Theme::Comment));
    const int stringPixels = pixelsNear(image, themeColor(theme, Theme::String));
    BL_VERIFY2(keywordPixels > 50 && commentPixels > 50 && stringPixels > 50,
             qPrintable(QStringLiteral("keyword %1, comment %2, string %3 pixels")
                            .arg(keywordPixels).arg(commentPixels).arg(stringPixels)));

    const QString folder = qEnvironmentVariable("BL_KF6_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        const QString file = QDir(folder).filePath(
            QStringLiteral("source-kf6-%1.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light")));
        BL_VERIFY2(QDir().mkpath(folder) && image.save(file), qPrintable(file));
        qInfo("screenshot: %s", qPrintable(file));
    }
}

QTEST_MAIN(TestKf6Highlighting)
#include "tst_kf6_highlighting.moc"
