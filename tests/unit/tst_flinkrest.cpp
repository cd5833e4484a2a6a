// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The pure parts of the Flink REST client: the log tail (new complete lines of a file fetched
// whole each time, a rotated file started over), the address rules and the job page URL.
#include "jobs/FlinkRest.h"

#include <QRandomGenerator>
#include <QTest>

using bl::jobs::FlinkRest;
using bl::jobs::LogTail;
using namespace Qt::StringLiterals;

class TestFlinkRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void completeLinesOnly()
    {
        LogTail tail;
        QCOMPARE(tail.take("one\ntwo\nthr"), (QStringList{u"one"_s, u"two"_s}));
        QCOMPARE(tail.taken(), 8);
        QCOMPARE(tail.take("one\ntwo\nthr"), QStringList{}); // nothing new
        QCOMPARE(tail.take("one\ntwo\nthree\r\nfour\n"), (QStringList{u"three"_s, u"four"_s}));
        QCOMPARE(tail.take("one\ntwo\nthree\r\nfour\n\nfive\n"), (QStringList{u""_s, u"five"_s}));
        QCOMPARE(tail.restarts(), 0);
    }

    void emptyAndNoNewline()
    {
        LogTail tail;
        QCOMPARE(tail.take(""), QStringList{});
        QCOMPARE(tail.take("no newline yet"), QStringList{});
        QCOMPARE(tail.taken(), 0);
        QCOMPARE(tail.take("no newline yet\n"), QStringList{u"no newline yet"_s});
        QCOMPARE(tail.restarts(), 0);
    }

    void shorterFileStartsOver()
    {
        LogTail tail;
        QCOMPARE(tail.take("a long first line\nsecond\n"), (QStringList{u"a long first line"_s, u"second"_s}));
        // Rotated: the new file is shorter than what was taken.
        QCOMPARE(tail.take("a long first line\n"), QStringList{u"a long first line"_s});
        QCOMPARE(tail.restarts(), 1);
        QCOMPARE(tail.take("a long first line\nnext\n"), QStringList{u"next"_s});
        QCOMPARE(tail.restarts(), 1);
    }

    void otherBeginningStartsOver()
    {
        LogTail tail;
        QCOMPARE(tail.take("2026-01-01 10:00 started\nline 1\n"), (QStringList{u"2026-01-01 10:00 started"_s, u"line 1"_s}));
        // Rotated and already longer than before: the beginning tells it is another file.
        const QByteArray rotated = "2026-01-01 11:00 started\nline 1\nline 2\n";
        QCOMPARE(tail.take(rotated), (QStringList{u"2026-01-01 11:00 started"_s, u"line 1"_s, u"line 2"_s}));
        QCOMPARE(tail.restarts(), 1);
    }

    void utf8()
    {
        LogTail tail;
        QCOMPARE(tail.take("gr\xc3\xbc\xc3\x9f" "e\n"), QStringList{u"grüße"_s});
    }

    // However a file grows between looks, the lines given add up to the file's lines, once each.
    void anyGrowthGivesEachLineOnce()
    {
        QByteArray file;
        QStringList expected;
        for (int i = 0; i < 400; ++i) {
            const QByteArray line = "probe-worker line " + QByteArray::number(i) + QByteArray(i % 37, 'x');
            file += line + (i % 5 == 0 ? "\r\n" : "\n");
            expected << QString::fromLatin1(line);
        }
        auto *random = QRandomGenerator::global();
        for (int round = 0; round < 20; ++round) {
            LogTail tail;
            QStringList got;
            qsizetype size = 0;
            while (size < file.size()) {
                size = std::min<qsizetype>(file.size(), size + random->bounded(1, 300));
                got += tail.take(file.left(size));
            }
            QCOMPARE(got, expected);
            QCOMPARE(tail.restarts(), 0);
            QCOMPARE(tail.taken(), file.size());
        }
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("base");
        QTest::newRow("host:port") << u"127.0.0.1:8081"_s << u"http://127.0.0.1:8081"_s;
        QTest::newRow("host only") << u"flink.example"_s << u"http://flink.example:8081"_s;
        QTest::newRow("default") << FlinkRest::defaultAddress() << u"http://localhost:8081"_s;
        QTest::newRow("url") << u"http://10.0.0.5:9000/"_s << u"http://10.0.0.5:9000"_s;
        QTest::newRow("proxied path") << u"https://gw.example/flink/"_s << u"https://gw.example/flink"_s;
        QTest::newRow("url, no port") << u"http://10.0.0.5"_s << u"http://10.0.0.5"_s;
        QTest::newRow("spaces") << u"  localhost:18081 "_s << u"http://localhost:18081"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("not http") << u"ftp://host:21"_s << u""_s;
        QTest::newRow("no host") << u"http://:8081"_s << u""_s;
    }
    void addresses()
    {
        QFETCH(QString, address);
        QFETCH(QString, base);
        FlinkRest rest(address);
        QCOMPARE(rest.baseUrl().toString(), base);
        QCOMPARE(rest.addressProblem().isEmpty(), !base.isEmpty());
    }

    void badAddressAnswersAtOnce()
    {
        FlinkRest rest(QStringLiteral("ftp://host:21"));
        bool answered = false;
        rest.check([&](const bl::jobs::FlinkCheck &c) {
            answered = true;
            QVERIFY(!c.ok);
            QVERIFY2(c.error.contains(QLatin1String("not an HTTP address")), qPrintable(c.error));
        });
        QVERIFY(answered);
    }

    void jobPage()
    {
        const QUrl base(QStringLiteral("http://127.0.0.1:8081"));
        QCOMPARE(FlinkRest::jobPage(base, u"abc123"_s, u"RUNNING"_s).toString(),
                 QStringLiteral("http://127.0.0.1:8081/#/job/running/abc123/overview"));
        QCOMPARE(FlinkRest::jobPage(base, u"abc123"_s, u"INITIALIZING"_s).toString(),
                 QStringLiteral("http://127.0.0.1:8081/#/job/running/abc123/overview"));
        QCOMPARE(FlinkRest::jobPage(base, u"abc123"_s, u"FINISHED"_s).toString(),
                 QStringLiteral("http://127.0.0.1:8081/#/job/completed/abc123/overview"));
        QCOMPARE(FlinkRest::jobPage(QUrl(QStringLiteral("https://gw.example:443/flink")), u"j"_s, u"CANCELED"_s).toString(),
                 QStringLiteral("https://gw.example:443/flink/#/job/completed/j/overview"));
    }
};

QTEST_GUILESS_MAIN(TestFlinkRest)
#include "tst_flinkrest.moc"
