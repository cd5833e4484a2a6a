// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// TerminalText: what reaches a terminal cannot drive it (issue #18 row 6).
#include "process/TerminalText.h"

#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stripped_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"hello, world\tand a tab"_s << u"hello, world\tand a tab"_s;
        QTest::newRow("OSC 52 clipboard write, BEL") << u"a\x1b]52;c;ZXZpbA==\x07z"_s << u"az"_s;
        QTest::newRow("OSC 0 title, ST") << u"a\x1b]0;pwned\x1b\\z"_s << u"az"_s;
        QTest::newRow("CSI 2J clear") << u"before\x1b[2Jafter"_s << u"beforeafter"_s;
        QTest::newRow("SGR colour") << u"\x1b[1;31mred\x1b[0m"_s << u"red"_s;
        QTest::newRow("cursor home then private mode") << u"\x1b[H\x1b[?1049hx"_s << u"x"_s;
        QTest::newRow("DCS") << u"a\x1bPq#0;2;0;0;0\x1b\\b"_s << u"ab"_s;
        QTest::newRow("short ESC sequences") << u"a\x1b" "7b\x1b(Bc\x1b" "c"_s << u"abc"_s;
        QTest::newRow("8-bit CSI and OSC") << u"a\u009b2Jb\u009d0;t\u0007c"_s << u"abc"_s;
        QTest::newRow("bare controls") << u"a\rb\bc\x07" "d\x7f" "e\u0085f"_s << u"abcdef"_s;
        QTest::newRow("sequence cut off at the end") << u"tail\x1b]52;c;QUFB"_s << u"tail"_s;
        QTest::newRow("lone ESC at the end") << u"x\x1b"_s << u"x"_s;
        QTest::newRow("non-ASCII kept") << u"caf\u00e9 \u2713 \U0001F600"_s << u"caf\u00e9 \u2713 \U0001F600"_s;
    }

    void stripped()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::stripped(input), expected);
        QVERIFY(!TerminalText::stripped(input).contains(QChar(0x1b)));
    }

    void escaped_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"my profile"_s << u"my profile"_s;
        QTest::newRow("newline and tab") << u"a\nb\tc"_s << u"a\\nb\\tc"_s;
        QTest::newRow("OSC title") << u"\x1b]0;x\x07"_s << u"\\e]0;x\\x07"_s;
        QTest::newRow("NUL and DEL") << QString(u"a\0b\x7f"_s) << u"a\\x00b\\x7f"_s;
        QTest::newRow("C1 CSI") << u"\u009b2J"_s << u"\\x9b2J"_s;
        QTest::newRow("backslashes kept") << u"C:\\Users\\me"_s << u"C:\\Users\\me"_s;
    }

    void escaped()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::escaped(input), expected);
        QCOMPARE(TerminalText::hasControlCharacters(input), input != expected);
        QVERIFY(!TerminalText::hasControlCharacters(TerminalText::escaped(input)));
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
