// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The Job API client's own decoding: Beam's state and importance numbers, the metric payload
// coders (varint, big-endian double) and the endpoint check. The calls themselves are tested
// against real job services in tests/e2e/tst_jobs_*.cpp.
#include "jobs/JobApiClient.h"
#include "jobs/JobTypes.h"

#include <QTest>

using namespace bl::jobs;
using namespace Qt::StringLiterals;

class TestJobTypes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stateNumbersAreBeams()
    {
        // JobState.Enum in beam_job_api.proto.
        const QStringList names = {u"UNSPECIFIED"_s, u"STOPPED"_s, u"RUNNING"_s,  u"DONE"_s,
                                   u"FAILED"_s,      u"CANCELLED"_s, u"UPDATED"_s, u"DRAINING"_s,
                                   u"DRAINED"_s,     u"STARTING"_s, u"CANCELLING"_s, u"UPDATING"_s};
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(jobStateName(jobStateFromNumber(i)), names.at(i));
        QCOMPARE(jobStateFromNumber(12), JobState::Unspecified);
        for (int i = 1; i < names.size(); ++i)
            QCOMPARE(int(jobStateFromName(names.at(i))), i);
        QCOMPARE(jobStateFromName(u"UNSPECIFIED"_s), JobState::Unspecified);
        QCOMPARE(jobStateFromName(u"running"_s), JobState::Unspecified); // Beam's own spelling only
        QCOMPARE(jobStateFromNumber(-1), JobState::Unspecified);
        QStringList terminal;
        for (int i = 0; i < names.size(); ++i) {
            if (isTerminal(jobStateFromNumber(i)))
                terminal << names.at(i);
        }
        QCOMPARE(terminal, (QStringList{u"DONE"_s, u"FAILED"_s, u"CANCELLED"_s, u"UPDATED"_s, u"DRAINED"_s}));
        QCOMPARE(importanceName(Importance(4)), u"warning"_s);
        QCOMPARE(importanceName(Importance(3)), u"basic"_s);
    }

    void statesGoForwardOnly()
    {
        // Flink's job server, as observed: every GetStateStream (and the message stream) replays
        // the whole history, STOPPED first. What a follower says of it: each state once, in order.
        const QList<JobState> heard = {JobState::Stopped, JobState::Starting, JobState::Running,  // state stream
                                       JobState::Stopped, JobState::Starting, JobState::Running,  // message stream
                                       JobState::Running,                                        // a probe
                                       JobState::Stopped, JobState::Starting, JobState::Running,  // re-subscribed
                                       JobState::Cancelling, JobState::Running, JobState::Cancelled,
                                       JobState::Running, JobState::Done};                       // late and replayed
        JobState now = JobState::Unspecified;
        QStringList said;
        for (JobState state : heard) {
            if (advances(now, state)) {
                now = state;
                said << jobStateName(state);
            }
        }
        QCOMPARE(said, (QStringList{u"STOPPED"_s, u"STARTING"_s, u"RUNNING"_s, u"CANCELLING"_s, u"CANCELLED"_s}));
        QVERIFY(!advances(JobState::Running, JobState::Unspecified));
        QVERIFY(advances(JobState::Unspecified, JobState::Running));
        QVERIFY(advances(JobState::Running, JobState::Done));
        QVERIFY(!advances(JobState::Done, JobState::Failed)); // terminal is final
        QVERIFY(advances(JobState::Cancelling, JobState::Draining)); // the same stage: a real change
    }

    void varints_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::newRow("0") << QByteArray::fromHex("00") << true << qint64(0);
        QTest::newRow("1") << QByteArray::fromHex("01") << true << qint64(1);
        QTest::newRow("300") << QByteArray::fromHex("ac02") << true << qint64(300);
        QTest::newRow("-1") << QByteArray::fromHex("ffffffffffffffffff01") << true << qint64(-1);
        QTest::newRow("cut") << QByteArray::fromHex("ac") << false << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("too long") << QByteArray(11, char(0x80)) << false << qint64(0);
    }

    void varints()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        qsizetype at = 0;
        qint64 decoded = 0;
        QCOMPARE(readVarint(bytes, &at, &decoded), ok);
        if (ok) {
            QCOMPARE(decoded, value);
            QCOMPARE(at, bytes.size());
        }
    }

    void metricValues()
    {
        Metric sum;
        sum.type = u"beam:metrics:sum_int64:v1"_s;
        sum.urn = u"beam:metric:user:sum_int64:v1"_s;
        sum.labels = {{u"NAMESPACE"_s, u"longrun"_s}, {u"NAME"_s, u"ticks"_s}, {u"PTRANSFORM"_s, u"e2"_s}};
        sum.payload = QByteArray::fromHex("ac02");
        QCOMPARE(sum.displayName(), u"longrun/ticks"_s);
        QCOMPARE(sum.valueText(), u"300"_s);
        QCOMPARE(sum.number().value_or(-1), 300.0);

        Metric dbl;
        dbl.type = u"beam:metrics:sum_double:v1"_s;
        dbl.payload = QByteArray::fromHex("400c000000000000"); // 3.5, big-endian
        QCOMPARE(dbl.valueText(), u"3.5"_s);

        Metric dist;
        dist.type = u"beam:metrics:distribution_int64:v1"_s;
        dist.payload = QByteArray::fromHex("030c0107"); // count 3, sum 12, min 1, max 7
        QCOMPARE(dist.valueText(), u"count 3 sum 12 min 1 max 7"_s);
        QVERIFY(!dist.number());

        Metric count;
        count.urn = u"beam:metric:element_count:v1"_s;
        count.type = u"beam:metrics:sum_int64:v1"_s;
        count.labels = {{u"PCOLLECTION"_s, u"n1"_s}};
        count.payload = QByteArray::fromHex("05");
        QCOMPARE(count.displayName(), u"element_count (n1)"_s);

        Metric odd;
        odd.type = u"beam:metrics:bounded_trie:v1"_s;
        odd.payload = QByteArray(4, 'x');
        QCOMPARE(odd.valueText(), u"(4 bytes)"_s);
        Metric cut = sum;
        cut.payload = QByteArray::fromHex("ac");
        QCOMPARE(cut.valueText(), u"(1 bytes)"_s);
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<bool>("ok");
        QTest::newRow("host:port") << u"localhost:8073"_s << true;
        QTest::newRow("ip") << u"127.0.0.1:1"_s << true;
        QTest::newRow("v6") << u"[::1]:8099"_s << true;
        QTest::newRow("bare v6") << u"::1:8099"_s << false;
        QTest::newRow("no port") << u"localhost"_s << false;
        QTest::newRow("port 0") << u"localhost:0"_s << false;
        QTest::newRow("port too big") << u"localhost:70000"_s << false;
        QTest::newRow("url") << u"http://localhost:8073"_s << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no host") << u":8073"_s << false;
    }

    void endpoints()
    {
        QFETCH(QString, endpoint);
        QFETCH(bool, ok);
        QString problem;
        QCOMPARE(JobApiClient::checkEndpoint(endpoint, &problem), ok);
        QCOMPARE(problem.isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestJobTypes)
#include "tst_jobtypes.moc"
