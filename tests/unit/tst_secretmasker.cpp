// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Secrets out of a child's output, also when the line splitter cuts a huge line right through
// one: bytes go through a real LineSplitter, then the SecretMasker, as in a launch.
#include "launch/SecretMasker.h"
#include "process/LineSplitter.h"

#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestSecretMasker final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksEveryOccurrence_data();
    void masksEveryOccurrence();
    void secretAcrossEveryCut_data();
    void secretAcrossEveryCut();
    void heldPieceOfARealLineComesWithTheNext();
    void channelsAreIndependent();
};

void TestSecretMasker::masksEveryOccurrence_data()
{
    QTest::addColumn<QStringList>("secrets");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("masked");
    QTest::newRow("none") << QStringList{u"hunter22"_s} << u"nothing here"_s << u"nothing here"_s;
    QTest::newRow("twice") << QStringList{u"hunter22"_s} << u"a hunter22 b hunter22"_s << u"a ******** b ********"_s;
    QTest::newRow("overlapping secrets") << QStringList{u"abcd"_s, u"cdef"_s} << u"xabcdefx"_s << u"x********x"_s;
    QTest::newRow("too short to mask") << QStringList{u"abc"_s} << u"abc abc"_s << u"abc abc"_s;
}

void TestSecretMasker::masksEveryOccurrence()
{
    QFETCH(QStringList, secrets);
    QFETCH(QString, line);
    QFETCH(QString, masked);
    SecretMasker masker(secrets);
    QCOMPARE(masker.mask(0, {line}), QStringList{masked});
}

void TestSecretMasker::secretAcrossEveryCut_data()
{
    QTest::addColumn<int>("offset");
    // The secret starts this many characters before a cut (32 characters per piece here).
    for (int offset = 1; offset < 12; ++offset)
        QTest::addRow("%d before the cut", offset) << offset;
}

void TestSecretMasker::secretAcrossEveryCut()
{
    QFETCH(int, offset);
    constexpr qsizetype cut = 32;
    const QString secret = u"s3cr3t-t0k3n"_s;
    // A 100-character line with the secret across the first cut, then a short line.
    QString longLine = QString(cut - offset, u'a') + secret;
    longLine += QString(100 - longLine.size(), u'b');
    const QByteArray bytes = (longLine + u"\nnext line\n"_s).toUtf8();

    LineSplitter splitter(cut);
    SecretMasker masker({secret}, cut);
    QStringList shown;
    for (qsizetype at = 0; at < bytes.size(); at += 7) // chunked like pipe reads
        shown += masker.mask(0, splitter.feed(bytes.mid(at, 7)));
    shown += masker.mask(0, splitter.finish());
    shown += masker.flush(0);

    const QString all = shown.join(u'|');
    QVERIFY2(!all.contains(secret), qPrintable(all));
    // Lines keep their number and order: pieces are never joined.
    QCOMPARE(shown.size(), 5); // 32 + 32 + 32 + 4, then "next line"
    // Not even the part of it on either side of the cut.
    QVERIFY2(shown.at(0).endsWith(SecretMask) && !shown.at(0).contains(secret.left(offset)), qPrintable(all));
    QVERIFY2(shown.at(1).startsWith(SecretMask) && !shown.at(1).startsWith(secret.mid(offset)), qPrintable(all));
    QCOMPARE(shown.last(), u"next line"_s);
    QVERIFY(shown.at(3).endsWith(u"bbbb"_s));
}

void TestSecretMasker::heldPieceOfARealLineComesWithTheNext()
{
    // A line of exactly the cut length may be a piece: it waits for the next line, or flush().
    SecretMasker masker({u"password"_s}, 8);
    QCOMPARE(masker.mask(0, {u"12345678"_s}), QStringList{});
    QCOMPARE(masker.mask(0, {u"short"_s}), (QStringList{u"12345678"_s, u"short"_s}));
    QCOMPARE(masker.mask(0, {u"abcdefgh"_s}), QStringList{});
    QCOMPARE(masker.flush(0), QStringList{u"abcdefgh"_s});
    QCOMPARE(masker.flush(0), QStringList{});
}

void TestSecretMasker::channelsAreIndependent()
{
    SecretMasker masker({u"topsecret"_s}, 8);
    QCOMPARE(masker.mask(0, {u"....tops"_s}), QStringList{});
    QCOMPARE(masker.mask(1, {u"ecret on stderr"_s}), QStringList{u"ecret on stderr"_s});
    QCOMPARE(masker.mask(0, {u"ecret"_s}), (QStringList{u"....********"_s, u"********"_s}));
}

QTEST_GUILESS_MAIN(TestSecretMasker)
#include "tst_secretmasker.moc"
