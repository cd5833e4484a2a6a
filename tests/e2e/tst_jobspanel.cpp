// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The window's Jobs view against a real standalone Prism (tests/e2e/prepare-runners.sh) and a
// real job: tests/fixtures/pipelines/longrun launched by beam-launcher in Prism's PROCESS
// environment (boot runs our worker), as tests/e2e/tst_jobs_prism.cpp does. The profile shown
// in the real window (offscreen) points at that Prism:
//  - the Jobs view lists the job RUNNING, with the time of its state, and the DoFn's counter;
//  - Cancel asks, says "Cancelling…", and the runner reports the job CANCELLED (checked with
//    `beam-launcher jobs list`);
//  - a killed Prism is said in the view, once, without a dialog.
#include "Screenshot.h"
#include "Dialogs.h"
#include "JobCountersView.h"
#include "JobServers.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "launch/WebPageProbe.h"
#include "ProfileEditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString LongRun = QStringLiteral(BL_FIXTURES_DIR "/pipelines/longrun");


} // namespace

class TestJobsPanel : public QObject
{
    Q_OBJECT

    QString m_prism;
    QString m_bootForPrism;
    QTemporaryDir m_cache;
    QProcessEnvironment m_env;

private Q_SLOTS:
    void initTestCase()
    {
        const QString missing = prepareWindowAndCliOnPrism(m_cache, &m_prism, &m_bootForPrism, &m_env);
        BL_VERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void listsCancelsAndNoticesAKilledPrism()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        Background launch({u"launch"_s, LongRun, u"--runner"_s, u"universal"_s, u"--endpoint"_s, prism.endpoint(),
                           u"--environment-type"_s, u"PROCESS"_s, u"--environment-config"_s,
                           u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism), u"--json"_s, u"--"_s, u"--seconds=900"_s},
                          m_env);
        BL_VERIFY2(launch.waitFor([](const CliRun &r) { return lastJob(r).second == u"RUNNING"_s; }, 1500000),
                 qPrintable(launch.run().describe()));
        const QString jobId = lastJob(launch.run()).first;
        QVERIFY(!jobId.isEmpty());

        // The window, with a profile for the same pipeline on that Prism.
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        window.resize(1500, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFolder(LongRun));
        JobsPanel *jobs = window.jobsPanel();
        QAbstractItemModelTester modelTester(jobs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(jobs->model()->rowCount() == 0);
        auto *runner = window.findChild<QComboBox *>(u"runnerCombo"_s);
        auto *endpoint = window.findChild<QLineEdit *>(u"endpointEdit"_s);
        QVERIFY(runner && endpoint);
        runner->setCurrentIndex(runner->findText(u"universal"_s));
        endpoint->clear();
        QTest::keyClicks(endpoint, prism.endpoint());
        QCOMPARE(jobs->endpoint(), prism.endpoint());

        // Nothing is asked while the view is hidden; shown, it lists the job within a refresh.
        QVERIFY(!jobs->isVisible());
        QTest::qWait(JobsPanel::RefreshIntervalMs + 1000);
        QCOMPARE(jobs->model()->rowCount(), 0);
        auto *tabs = window.findChild<QTabWidget *>(u"outputTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentWidget(jobs);
        QVERIFY(jobs->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowOf(jobId) >= 0, 10000);
        const int row = jobs->model()->rowOf(jobId);
        QCOMPARE(jobs->model()->index(row, JobsModel::StateColumn).data().toString(), u"RUNNING"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!jobs->model()->index(row, JobsModel::SinceColumn).data().toString().isEmpty(), 10000);
        auto *status = jobs->findChild<QLabel *>(u"jobsStatus"_s);
        QVERIFY(status->text().contains(prism.endpoint()));

        // The selected job's counter from GetJobMetrics, refreshed while it runs, on its step
        // (named from the job's pipeline: GetPipeline), not on the runner's transform id.
        QVERIFY(jobs->selectJob(jobId));
        auto *metrics = jobs->findChild<JobCountersView *>(u"jobsMetrics"_s);
        QVERIFY(metrics);
        QTreeWidgetItem *ticksRow = nullptr;
        const auto ticks = [metrics, &ticksRow] {
            for (int i = 0; i < metrics->topLevelItemCount(); ++i) {
                if (metrics->topLevelItem(i)->text(JobCountersView::CounterColumn) == u"longrun/ticks"_s) {
                    ticksRow = metrics->topLevelItem(i);
                    return ticksRow->text(JobCountersView::ValueColumn).toDouble();
                }
            }
            return 0.0;
        };
        QTRY_VERIFY_WITH_TIMEOUT(ticks() >= 1 && metrics->hasPipeline(), 60000);
        BL_VERIFY2(ticksRow->text(JobCountersView::StepColumn).endsWith(u"tickFn"_s),
                   qPrintable(ticksRow->text(JobCountersView::StepColumn)));
        // The same row while the counter grows: it is updated in place.
        const double before = ticks();
        const QTreeWidgetItem *const first = ticksRow;
        QTRY_VERIFY_WITH_TIMEOUT(ticks() > before, 30000);
        QCOMPARE(ticksRow, first);
        screenshot(&window, u"window-jobs"_s);

        // Cancel: asked first; "Cancelling…", then CANCELLED from the runner.
        auto *cancel = jobs->findChild<QPushButton *>(u"jobsCancel"_s);
        auto *cancelState = jobs->findChild<QLabel *>(u"jobsCancelState"_s);
        QVERIFY(cancel->isEnabled());
        dialogs.setNextAnswer(false);
        cancel->click();
        QCOMPARE(dialogs.lastRequest().kind, ScriptedDialogs::Kind::AskYesNo);
        QVERIFY(dialogs.lastRequest().text.contains(jobId));
        QVERIFY(!cancelState->isVisible()); // "No": nothing asked of the runner
        QCOMPARE(stateOnRunner(jobId, prism.endpoint(), m_env), u"RUNNING"_s);
        dialogs.setNextAnswer(true);
        QElapsedTimer clock;
        clock.start();
        cancel->click();
        QVERIFY(cancelState->isVisible());
        BL_VERIFY2(cancelState->text().contains(u"Cancelling"_s), qPrintable(cancelState->text()));
        QVERIFY(!cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(cancelState->text().contains(u"is cancelled"_s), 15000);
        qInfo("cancelled after %lld ms", clock.elapsed());
        QCOMPARE(stateOnRunner(jobId, prism.endpoint(), m_env), u"CANCELLED"_s);
        QTRY_COMPARE_WITH_TIMEOUT(jobs->model()->index(jobs->model()->rowOf(jobId), JobsModel::StateColumn).data().toString(),
                                  u"CANCELLED"_s, 10000);
        QVERIFY(!cancel->isEnabled()); // over: nothing to cancel
        QVERIFY(launch.waitForExit(60000));

        // A killed Prism: said in the view, within a refresh or two, and no dialog.
        const qsizetype questions = dialogs.requests().size();
        prism.kill();
        clock.restart();
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"No job service answers"_s), 15000);
        qInfo("the lost job service was said after %lld ms", clock.elapsed());
        BL_VERIFY2(status->text().contains(prism.endpoint()), qPrintable(status->text()));
        QCOMPARE(jobs->model()->rowCount(), 0);
        QTest::qWait(JobsPanel::RefreshIntervalMs * 2);
        QCOMPARE(dialogs.requests().size(), questions);

        // The runner's web page: a standalone Prism's would be on 8074 for the prism runner, but it is
        // linked only when a Prism answers there (this one serves no page): never someone else's port.
        auto *webUi = jobs->findChild<QLabel *>(u"jobsWebUi"_s);
        QVERIFY(webUi->text().isEmpty()); // universal on a port of its own: no known page
        runner->setCurrentIndex(runner->findText(u"prism"_s));
        endpoint->clear();
        QTest::keyClicks(endpoint, prism.endpoint());
        QTest::qWait(WebPageProbe::TimeoutMs + 500);
        BL_VERIFY2(webUi->text().isEmpty(), qPrintable(webUi->text()));
        // No endpoint: no job service to list, said in the view.
        endpoint->clear();
        QTest::keyClicks(endpoint, u" "_s);
        QVERIFY(jobs->endpoint().isEmpty());
        BL_VERIFY2(status->text().contains(u"no job service endpoint"_s), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
