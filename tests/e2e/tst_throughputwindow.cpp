// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The Jobs tab's throughput line in the real window (offscreen) against real job services:
//  - a standalone Prism (tests/e2e/prepare-runners.sh) running the word-count sample in its
//    PROCESS environment (boot runs our worker): the window's Jobs tab sees the job while it
//    runs, samples it, and once it is DONE the line follows the busiest output (main.splitWords,
//    named through GetPipeline), its area is the sample's 17 words, and formatCount's output
//    counted 9 (the distinct words);
//  - Beam's Python job server (tests/e2e/prepare-python-jobserver.sh) running the sample in
//    LOOPBACK: its GetJobMetrics gives no element counts for a Go job, so the Jobs tab says so
//    in a line instead of an empty plot.
// The job must be seen before it ends (a job first seen over has no line): the test lists
// every 100 ms while the launch goes, and launches again (at most three times) when a listing
// missed the whole run.
#include "Screenshot.h"
#include "Dialogs.h"
#include "JobCountersView.h"
#include "JobServers.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "ThroughputPlot.h"

#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");


/// The window shown with a profile for the sample on the job service at `endpoint` (runner
/// universal), its Jobs tab in front.
bool showSampleOn(MainWindow &window, const QString &endpoint)
{
    window.resize(1500, 900);
    window.show();
    window.buildAheadAction()->setChecked(false); // the test's launches build the binaries
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFolder(Sample))
        return false;
    auto *runner = window.findChild<QComboBox *>(u"runnerCombo"_s);
    auto *edit = window.findChild<QLineEdit *>(u"endpointEdit"_s);
    auto *tabs = window.findChild<QTabWidget *>(u"outputTabs"_s);
    if (!runner || !edit || !tabs)
        return false;
    runner->setCurrentIndex(runner->findText(u"universal"_s));
    edit->clear();
    QTest::keyClicks(edit, endpoint);
    tabs->setCurrentWidget(window.jobsPanel());
    return window.jobsPanel()->endpoint() == endpoint;
}

} // namespace

class TestThroughputWindow : public QObject
{
    Q_OBJECT

    QString m_prism;
    QString m_bootForPrism;
    QString m_python;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

    /// Launches the sample with `environment` onto `endpoint` until the Jobs tab has sampled its
    /// job while it ran; returns the job id (empty when three launches were all missed).
    QString launchSeenRunning(JobsPanel *jobs, const QString &endpoint, const QStringList &environment,
                              const QString &work, QString *failure)
    {
        for (int attempt = 1; attempt <= 3; ++attempt) {
            QTimer lister;
            QObject::connect(&lister, &QTimer::timeout, jobs, &JobsPanel::refresh);
            lister.start(100);
            const CliRun run = [&] {
                Background launch(QStringList{u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s,
                                              endpoint} + environment
                                      + QStringList{u"--json"_s, u"--"_s, u"--input="_s + Sample + u"/input.txt"_s,
                                                    u"--output="_s + work + u"/counts-%1.txt"_s.arg(attempt)},
                                  m_env);
                launch.waitForExit(1500000);
                return launch.run();
            }();
            lister.stop();
            if (run.exitCode != 0) {
                *failure = run.describe();
                return {};
            }
            const QString jobId = lastJob(run).first;
            if (!jobId.isEmpty() && jobs->throughputOf(jobId))
                return jobId;
            qInfo("attempt %d: job %s ended before a listing saw it running; launching again", attempt,
                  qPrintable(jobId));
        }
        *failure = u"three launches of the sample all ended before the Jobs tab saw them running"_s;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = prepareWindowAndCliOnPrism(m_cache, &m_prism, &m_bootForPrism, &m_env);
        BL_VERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void prismSampleLineHasTheSampleCounts()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        QVERIFY(showSampleOn(window, prism.endpoint()));
        JobsPanel *jobs = window.jobsPanel();

        QString failure;
        const QString jobId = launchSeenRunning(
            jobs, prism.endpoint(),
            {u"--environment-type"_s, u"PROCESS"_s, u"--environment-config"_s, u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism)},
            work.path(), &failure);
        BL_VERIFY2(!jobId.isEmpty(), qPrintable(failure));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->selectJob(jobId), 10000);
        // Over: its last sample taken, nothing sampled any more.
        QTRY_COMPARE_WITH_TIMEOUT(jobs->sampledJobCount(), 0, 20000);
        const jobs::Throughput *kept = jobs->throughputOf(jobId);
        QVERIFY(kept);
        QVERIFY(kept->hasPipeline()); // Prism answers GetPipeline: outputs go by their steps
        ThroughputPlot *plot = jobs->throughputPlot();
        QTRY_VERIFY_WITH_TIMEOUT(plot->message().isEmpty() && plot->total() == 17, 10000);
        // The busiest output: the words, 17, main.splitWords' output; 9 distinct words formatted.
        QVERIFY2(plot->followed().endsWith(u"splitWords"_s), qPrintable(plot->followed()));
        const QHash<QString, qint64> totals = kept->totalsByName();
        qint64 formatted = -1;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            if (it.key().endsWith(u"formatCount"_s))
                formatted = *it;
        QVERIFY2(formatted == 9, qPrintable(QString::number(formatted)));
        // Its area is the count: from the job's RUNNING time (GetState's) to its last sample.
        QVERIFY2(qAbs(plot->integral() - 17.0) < 0.01, qPrintable(QString::number(plot->integral())));
        QVERIFY(!plot->series().isEmpty());
        QVERIFY(plot->accessibleDescription().contains(u"splitWords"_s));
        qInfo("Prism: %d samples over %.1f s, line %s", kept->sampleCount(),
              double(kept->lastMs() - kept->firstMs()) / 1000.0, qPrintable(plot->accessibleDescription()));
        // The counters beside it, on the sample's steps: 17 words, 9 distinct words formatted.
        JobCountersView *counters = jobs->countersView();
        QTRY_VERIFY_WITH_TIMEOUT(counters->hasPipeline() && counters->row(u"main.splitWords"_s, u"Elements"_s), 10000);
        QCOMPARE(counters->row(u"main.splitWords"_s, u"Elements"_s)->text(JobCountersView::ValueColumn), u"17"_s);
        QVERIFY(counters->row(u"main.formatCount"_s, u"Elements"_s));
        QCOMPARE(counters->row(u"main.formatCount"_s, u"Elements"_s)->text(JobCountersView::ValueColumn), u"9"_s);
        // Every element count is on a step of the pipeline, none on a bare PCollection id ("n7").
        static const QRegularExpression bareId(u"^n\\d+$"_s);
        for (int i = 0; i < counters->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = counters->topLevelItem(i);
            if (row->text(JobCountersView::CounterColumn) == u"Elements"_s)
                BL_VERIFY2(!bareId.match(row->text(JobCountersView::StepColumn)).hasMatch(),
                           qPrintable(row->text(JobCountersView::StepColumn)));
        }
        screenshot(&window, u"window-throughput"_s);
    }

    void pythonJobServerSaysItGivesNoElementCounts()
    {
        const auto tools = prepare(QStringLiteral(BL_SOURCE_DIR "/tests/e2e/prepare-python-jobserver.sh"));
        m_python = tools.value(u"PYTHON_JOBSERVER"_s);
        BL_VERIFY2(QFileInfo(m_python).isExecutable(), "prepare-python-jobserver.sh gave no python");
        QTemporaryDir work;
        JobServer server;
        BL_VERIFY2(server.startPython(m_python, work.path()), server.log().constData());
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        QVERIFY(showSampleOn(window, server.endpoint()));
        JobsPanel *jobs = window.jobsPanel();

        QString failure;
        const QString jobId = launchSeenRunning(jobs, server.endpoint(), {u"--environment-type"_s, u"LOOPBACK"_s},
                                                work.path(), &failure);
        BL_VERIFY2(!jobId.isEmpty(), qPrintable(failure));
        QTRY_VERIFY_WITH_TIMEOUT(jobs->selectJob(jobId), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(jobs->sampledJobCount(), 0, 20000);
        const jobs::Throughput *kept = jobs->throughputOf(jobId);
        QVERIFY(kept && kept->sampleCount() > 0);
        ThroughputPlot *plot = jobs->throughputPlot();
        if (kept->hasElementCounts()) {
            // Should this server start to count, the line must have the sample's numbers.
            QTRY_COMPARE_WITH_TIMEOUT(plot->total(), 17, 10000);
            QVERIFY(qAbs(plot->integral() - 17.0) < 0.01);
            return;
        }
        // Beam 2.77's Python job server: no element counts for a Go LOOPBACK job.
        QTRY_VERIFY_WITH_TIMEOUT(plot->message().contains(u"gave no element counts"_s), 10000);
        QVERIFY(plot->series().isEmpty());
        QCOMPARE(plot->accessibleDescription(), plot->message());
        screenshot(&window, u"throughput-nometrics"_s);
    }
};

QTEST_MAIN(TestThroughputWindow)
#include "tst_throughputwindow.moc"
