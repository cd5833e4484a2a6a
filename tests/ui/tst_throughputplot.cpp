// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The Jobs view's throughput line against the Job API stand-in replaying a recorded metrics
// series (tests/fixtures/jobapi/throughput.json): a job whose words grow at 40, then 120, then
// 60 elements/s to 590, beside a job whose runner gives no element counts. Deterministic: the
// counts are the recording's, whenever they are sampled.
//  - the line follows the busiest output (n3), its area is the final count, its steps are the
//    recording's rates, and it is complete (not sampled any more) once the job is DONE;
//  - another job selected and this one again: the history is still there, whole;
//  - the job without element counts shows a line saying so, not an empty plot;
//  - the tooltip says the value under the mouse, the accessible description what is followed.
// With BL_SCREENSHOT_DIR set (under Xvfb), saves the Jobs view as throughput-standin.png.
#include "Dialogs.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "ThroughputPlot.h"
#include "launch/LaunchSettings.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

const QString Recording = QStringLiteral(BL_FIXTURES_DIR "/jobapi/throughput.json");
constexpr qint64 FinalWords = 590; // the recording's last n3

/// The stand-in on a port of its own, ended with the test.
class StandIn
{
public:
    bool start()
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral(BL_JOBAPI_STANDIN), {Recording});
        if (!m_process.waitForStarted(10000))
            return false;
        static const QRegularExpression port(u"PORT=(\\d+)"_s);
        while (m_process.waitForReadyRead(10000)) {
            m_out += m_process.readAll();
            const auto m = port.match(QString::fromUtf8(m_out));
            if (m.hasMatch()) {
                m_endpoint = u"127.0.0.1:"_s + m.captured(1);
                return true;
            }
        }
        return false;
    }
    ~StandIn()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    QString endpoint() const { return m_endpoint; }

private:
    QProcess m_process;
    QByteArray m_out;
    QString m_endpoint;
};

} // namespace

class TestThroughputPlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheRecordedSeries()
    {
        StandIn standIn;
        QVERIFY(standIn.start());
        // The job runs from the stand-in's start: seen 1.2 s later, its first sample already has
        // counts (20 or 40 words), which only the job's RUNNING time puts on the line.
        QTest::qWait(1200);
        ScriptedDialogs dialogs;
        JobsPanel panel(&dialogs);
        panel.resize(1100, 560);
        LaunchSettings settings;
        settings.runner = u"flink"_s;
        settings.endpoint = standIn.endpoint();
        panel.setSettings(settings);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 10000);
        ThroughputPlot *plot = panel.throughputPlot();
        QVERIFY(plot);
        QCOMPARE(plot->accessibleName(), u"Throughput of the selected job"_s);
        QCOMPARE(plot->message(), u"Select a job to see its throughput."_s);

        // Both jobs are sampled from the first listing on, selected or not.
        QTRY_VERIFY_WITH_TIMEOUT(panel.throughputOf(u"wordcount-7d1f"_s) && panel.throughputOf(u"nometrics-2a9c"_s), 5000);

        // The job without element counts: a line that says so once it is over.
        QVERIFY(panel.selectJob(u"nometrics-2a9c"_s));
        QTRY_VERIFY_WITH_TIMEOUT(plot->message().contains(u"gave no element counts"_s), 10000);
        QVERIFY(plot->series().isEmpty());
        QCOMPARE(plot->accessibleDescription(), plot->message());

        // The job with a series, while it runs.
        QVERIFY(panel.selectJob(u"wordcount-7d1f"_s));
        QTRY_VERIFY_WITH_TIMEOUT(plot->series().size() >= 3, 10000);
        QCOMPARE(plot->followed(), u"n3"_s); // the busiest output; the stand-in has no GetPipeline
        QVERIFY(plot->accessibleDescription().contains(u"n3"_s));
        const int seenWhileRunning = int(plot->series().size());
        // Away and back: the history is kept and has grown meanwhile.
        QVERIFY(panel.selectJob(u"nometrics-2a9c"_s));
        QTest::qWait(1500);
        QVERIFY(panel.selectJob(u"wordcount-7d1f"_s));
        QVERIFY(plot->series().size() > seenWhileRunning);

        // Over: one last sample, then the line is complete and nothing is sampled any more.
        QTRY_COMPARE_WITH_TIMEOUT(panel.sampledJobCount(), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(plot->total(), FinalWords, 5000);
        QVERIFY(plot->message().isEmpty());
        const jobs::Throughput *kept = panel.throughputOf(u"wordcount-7d1f"_s);
        QVERIFY(kept);
        // The area under the line is the job's count: from its RUNNING time (the counts were 0
        // then; without it the line would miss the words counted before the first sample) to its
        // last sample.
        QVERIFY2(qAbs(plot->integral() - double(FinalWords)) < 0.5, qPrintable(QString::number(plot->integral())));
        QCOMPARE(kept->total(), FinalWords);
        // The recording's rates: 40/s, then 120/s, then 60/s (updated each 0.5 s and sampled each
        // second, so a step may mix two of them, never go past the top).
        double peak = 0;
        for (const jobs::Throughput::Interval &i : plot->series()) {
            QVERIFY(i.perSecond >= 0);
            peak = std::max(peak, i.perSecond);
        }
        QVERIFY2(peak >= 80 && peak <= 125 * 1.5, qPrintable(QString::number(peak)));
        // The line runs from the job's start to after its end: about 8 s.
        const qint64 span = plot->series().constLast().toMs - plot->series().constFirst().fromMs;
        QVERIFY2(span >= 7000 && span <= 20000, qPrintable(QString::number(span)));
        QVERIFY(plot->series().size() >= 6);

        // The tooltip: the value under the mouse, in elements/s, with the output's name.
        const QString tip = plot->valueTextAt(plot->width() / 2);
        QVERIFY2(tip.contains(u"elements/s"_s) && tip.contains(u"n3"_s), qPrintable(tip));
        QVERIFY(plot->valueTextAt(0).isEmpty()); // left of the axis

        const QString dir = qEnvironmentVariable("BL_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(panel.grab().save(dir + u"/throughput-standin.png"_s));
        }
    }

    /// A plot is readable: its labels fit, with the unit on the axis.
    void drawsWithoutAJob()
    {
        ThroughputPlot plot;
        plot.resize(plot.sizeHint());
        QVERIFY(!plot.message().isEmpty());
        QVERIFY(!plot.grab().isNull());
        QCOMPARE(ThroughputPlot::durationText(5000), u"5 s"_s);
        QCOMPARE(ThroughputPlot::durationText(125000), u"2:05"_s);
        QCOMPARE(ThroughputPlot::durationText(3725000), u"1:02:05"_s);
    }
};

QTEST_MAIN(TestThroughputPlot)
#include "tst_throughputplot.moc"
