// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/LineSplitter.h"

#include <QRandomGenerator>
#include <QTest>

using bl::LineSplitter;
using namespace Qt::StringLiterals;

class TestLineSplitter : public QObject
{
    Q_OBJECT

private:
    static QStringList splitAll(const QByteArray &bytes, const QList<int> &chunkSizes, qsizetype max)
    {
        LineSplitter splitter(max);
        QStringList lines;
        qsizetype pos = 0;
        int i = 0;
        while (pos < bytes.size()) {
            const qsizetype n = chunkSizes.isEmpty() ? bytes.size() : chunkSizes.at(i++ % chunkSizes.size());
            lines += splitter.feed(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(n, bytes.size() - pos)));
            pos += n;
        }
        lines += splitter.finish();
        return lines;
    }

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<qsizetype>("max");

        const qsizetype big = LineSplitter::DefaultMaxLineLength;
        QTest::newRow("lf") << QByteArray("a\nb\n") << QStringList{u"a"_s, u"b"_s} << big;
        QTest::newRow("crlf") << QByteArray("a\r\nb\r\n") << QStringList{u"a"_s, u"b"_s} << big;
        QTest::newRow("lone cr is progress") << QByteArray("10%\r20%\rdone\n")
                                             << QStringList{u"10%"_s, u"20%"_s, u"done"_s} << big;
        QTest::newRow("cr cr lf") << QByteArray("a\r\r\nb") << QStringList{u"a"_s, u""_s, u"b"_s} << big;
        QTest::newRow("empty lines") << QByteArray("\n\n") << QStringList{u""_s, u""_s} << big;
        QTest::newRow("last line unterminated") << QByteArray("x\ny") << QStringList{u"x"_s, u"y"_s} << big;
        QTest::newRow("utf8") << QByteArray("gr\xc3\xbc\xc3\x9f \xe2\x82\xac \xf0\x9f\x9a\x80\n")
                              << QStringList{QStringLiteral(u"grüß € 🚀")} << big;
        QTest::newRow("invalid bytes") << QByteArray("a\xff" "b\xc3\n")
                                       << QStringList{QStringLiteral(u"a\uFFFDb\uFFFD")} << big;
        QTest::newRow("truncated at end") << QByteArray("ok\n\xe2\x82")
                                          << QStringList{u"ok"_s, QString::fromUtf8("\xe2\x82")} << big;
        QTest::newRow("long line cut") << QByteArray("abcdefghij\nxy\n")
                                       << QStringList{u"abcd"_s, u"efgh"_s, u"ij"_s, u"xy"_s}
                                       << qsizetype(4);
        QTest::newRow("surrogate pair kept whole") << QByteArray("abc\xf0\x9f\x9a\x80z\n")
                                                   << QStringList{u"abc"_s, QStringLiteral(u"🚀z")}
                                                   << qsizetype(4);
    }

    void splits()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        QFETCH(qsizetype, max);
        QCOMPARE(splitAll(bytes, {}, max), expected);
        // Every chunking of the same bytes gives the same lines.
        for (int size = 1; size <= 5; ++size)
            QCOMPARE(splitAll(bytes, {size}, max), expected);
    }

    void randomChunksGiveIdenticalLines()
    {
        QByteArray bytes;
        auto *rng = QRandomGenerator::global();
        const QByteArray pieces[] = {"plain ascii", "\xc3\xa9t\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
                                     "\r\n", "\n", "\r", "\xff", "\xe2\x82", "x"};
        for (int i = 0; i < 20000; ++i)
            bytes += pieces[rng->bounded(int(std::size(pieces)))];
        const QStringList reference = splitAll(bytes, {}, 64);
        QVERIFY(reference.size() > 1000);
        for (int round = 0; round < 50; ++round) {
            QList<int> sizes;
            for (int i = 0; i < 100; ++i)
                sizes.append(1 + rng->bounded(round % 2 ? 7 : 4096));
            QCOMPARE(splitAll(bytes, sizes, 64), reference);
        }
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
