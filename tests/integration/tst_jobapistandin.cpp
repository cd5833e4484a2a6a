// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The job services that cannot run here, through their recorded stand-in (issue #28, part 3):
// bl_jobapistandin, a real gRPC Job API server replaying tests/fixtures/jobapi/*.json, and the
// real beam-launcher's `jobs list`, `jobs watch` and `jobs cancel` against it:
//  - Flink's job server: the whole history replayed on every subscription and repeated by the
//    message stream, yet each state is said once, in order (STOPPED is "not started yet" and
//    ends nothing); long ids listed whole; Cancel honoured, CANCELLED about 0.1 s later;
//  - Beam's Python job server: its Cancel marks the job CANCELLED at once;
//  - a network's orders: every event twice, and a state stream that ends before the job does.
// What these prove rests on the recordings (docs/TESTING.md says which proofs do).
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Recordings = QStringLiteral(BL_FIXTURES_DIR "/jobapi/");
const QString FlinkDone = u"go0job0101796525606668420904-root-1206025330-e1a76035_9f152d2f-3ef0-4a1b-8c2d-5e6f7a8b9c0d"_s;
const QString FlinkRunning = u"go0job0201796525606668420905-root-1206025331-77c1d0aa_1b2c3d4e-5f60-4718-9a0b-c1d2e3f4a5b6"_s;

/// The stand-in serving one recording; ends with the test (its stdin closes).
class StandIn
{
public:
    bool start(const QString &recording)
    {
        m_process.start(QStringLiteral(BL_JOBAPI_STANDIN), {Recordings + recording});
        if (!m_process.waitForStarted())
            return false;
        QElapsedTimer clock;
        clock.start();
        while (!m_out.contains('\n') && clock.elapsed() < 10000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_out += m_process.readAllStandardOutput();
        }
        return m_out.startsWith("PORT=");
    }
    ~StandIn()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString endpoint() const { return u"127.0.0.1:"_s + QString::fromLatin1(m_out.mid(5).trimmed()); }

private:
    QProcess m_process;
    QByteArray m_out;
};

/// The states of the `job` events, as said (repeats kept).
QStringList statesOf(const CliRun &run)
{
    QStringList states;
    for (const QJsonObject &e : run.eventsNamed(u"job"_s))
        states << e.value(u"state"_s).toString();
    return states;
}

} // namespace

class TestJobApiStandIn : public QObject
{
    Q_OBJECT

    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

private Q_SLOTS:
    void flinkSaysEachStateOnce()
    {
        StandIn flink;
        QVERIFY(flink.start(u"flink.json"_s));
        const CliRun list = runCli({u"jobs"_s, u"list"_s, u"--endpoint"_s, flink.endpoint()}, m_env, 30000);
        BL_VERIFY2(list.exitCode == 0, qPrintable(list.describe()));
        BL_VERIFY2(list.out.contains(FlinkDone.toUtf8()) && list.out.contains(FlinkRunning.toUtf8()), list.out.constData());

        const CliRun watch = runCli({u"jobs"_s, u"watch"_s, FlinkDone, u"--endpoint"_s, flink.endpoint(), u"--json"_s},
                                    m_env, 30000);
        BL_VERIFY2(watch.exitCode == 0, qPrintable(watch.describe()));
        QCOMPARE(statesOf(watch), (QStringList{u"STOPPED"_s, u"STARTING"_s, u"RUNNING"_s, u"DONE"_s}));
        QCOMPARE(watch.eventsNamed(u"job-message"_s).size(), 1);
    }

    void flinkHonoursCancel()
    {
        StandIn flink;
        QVERIFY(flink.start(u"flink.json"_s));
        QTest::qWait(600); // RUNNING
        QElapsedTimer clock;
        clock.start();
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, FlinkRunning, u"--endpoint"_s, flink.endpoint(), u"--json"_s},
                                     m_env, 30000);
        const qint64 ms = clock.elapsed();
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        QCOMPARE(statesOf(cancel).last(), u"CANCELLED"_s);
        BL_VERIFY2(!statesOf(cancel).contains(u"STOPPED"_s), qPrintable(statesOf(cancel).join(u", "_s)));
        qInfo("jobs cancel on the Flink stand-in: CANCELLED confirmed after %lld ms", ms);
        // Watching it now: the replayed history ends where it ended, CANCELLED (exit 130).
        const CliRun watch = runCli({u"jobs"_s, u"watch"_s, FlinkRunning, u"--endpoint"_s, flink.endpoint(), u"--json"_s},
                                    m_env, 30000);
        QCOMPARE(watch.exitCode, 130);
        QStringList states = statesOf(watch);
        QCOMPARE(states.last(), u"CANCELLED"_s);
        QCOMPARE(states.removeDuplicates(), qsizetype(0));
    }

    void pythonsCancelMarksIt()
    {
        StandIn python;
        QVERIFY(python.start(u"python.json"_s));
        const QString id = u"BeamApp-root-1206025330-9d8c7b6a_0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"_s;
        QTest::qWait(400);
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, id, u"--endpoint"_s, python.endpoint(), u"--json"_s},
                                     m_env, 30000);
        BL_VERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        QCOMPARE(statesOf(cancel).last(), u"CANCELLED"_s);
    }

    void aNetworksOrdersChangeNothing()
    {
        StandIn network;
        QVERIFY(network.start(u"network.json"_s));
        const CliRun watch = runCli({u"jobs"_s, u"watch"_s, u"job-cut"_s, u"--endpoint"_s, network.endpoint(), u"--json"_s},
                                    m_env, 30000);
        BL_VERIFY2(watch.exitCode == 0, qPrintable(watch.describe()));
        QCOMPARE(statesOf(watch), (QStringList{u"STOPPED"_s, u"STARTING"_s, u"RUNNING"_s, u"DONE"_s}));
    }
};

QTEST_GUILESS_MAIN(TestJobApiStandIn)
#include "tst_jobapistandin.moc"
