// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The window's Graph tab showing a job's own graph, live, against a real standalone Prism
// (tests/e2e/prepare-runners.sh) and real jobs, offscreen:
//  - a running job (tests/fixtures/pipelines/longrun in Prism's PROCESS environment) selected in
//    the Jobs tab: the Graph tab shows its pipeline, GetJobMetrics is asked again about every
//    second while it runs;
//  - the word-count sample's ended job: its steps carry the sample's numbers (17 words, 9
//    distinct), the picture is Graphviz's, refreshes stop once the job is over, and a composite
//    unchecked in the step list is drawn as one box (a new picture);
//  - "Pipeline graph" goes back to the picture drawn before the run;
//  - a job launched from the window (longrun, LOOPBACK) is drawn by itself once Prism knows it,
//    refreshed while it runs, and no more once it is CANCELLED.
#include "Screenshot.h"
#include "Dialogs.h"
#include "GraphPanel.h"
#include "JobGraphView.h"
#include "JobServers.h"
#include "JobsModel.h"
#include "JobsPanel.h"
#include "MainWindow.h"
#include "PipelineViews.h"
#include "ProfileEditor.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
const QString LongRun = QStringLiteral(BL_FIXTURES_DIR "/pipelines/longrun");


/// The window shown with a profile for longrun on the job service at `endpoint` (runner universal).
bool showLongRunOn(MainWindow &window, const QString &endpoint)
{
    window.resize(1500, 900);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window) || !window.openFolder(LongRun))
        return false;
    auto *runner = window.findChild<QComboBox *>(u"runnerCombo"_s);
    auto *edit = window.findChild<QLineEdit *>(u"endpointEdit"_s);
    if (!runner || !edit)
        return false;
    runner->setCurrentIndex(runner->findText(u"universal"_s));
    edit->clear();
    QTest::keyClicks(edit, endpoint);
    return true;
}

QTreeWidgetItem *itemEndingWith(QTreeWidget *tree, const QString &suffix)
{
    QTreeWidgetItemIterator it(tree);
    for (; *it; ++it)
        if ((*it)->text(0).endsWith(suffix))
            return *it;
    return nullptr;
}

} // namespace

class TestJobGraphWindow : public QObject
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

    void liveGraphOfRunningAndEndedJobs()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        // An ended job: the sample, LOOPBACK.
        const CliRun sample = runCli({u"launch"_s, Sample, u"--runner"_s, u"universal"_s, u"--endpoint"_s,
                                      prism.endpoint(), u"--environment-type"_s, u"LOOPBACK"_s, u"--json"_s, u"--"_s,
                                      u"--input="_s + Sample + u"/input.txt"_s,
                                      u"--output="_s + work.filePath(u"counts.txt"_s)},
                                     m_env, 1500000);
        BL_VERIFY2(sample.exitCode == 0, qPrintable(sample.describe()));
        const QString done = lastJob(sample).first;
        // A running one.
        Background launch({u"launch"_s, LongRun, u"--runner"_s, u"universal"_s, u"--endpoint"_s, prism.endpoint(),
                           u"--environment-type"_s, u"PROCESS"_s, u"--environment-config"_s,
                           u"{\"command\": \"%1\"}"_s.arg(m_bootForPrism), u"--json"_s, u"--"_s, u"--seconds=900"_s},
                          m_env);
        BL_VERIFY2(launch.waitFor([](const CliRun &r) { return lastJob(r).second == u"RUNNING"_s; }, 1500000),
                   qPrintable(launch.run().describe()));
        const QString running = lastJob(launch.run()).first;

        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        QVERIFY(showLongRunOn(window, prism.endpoint()));
        auto *tabs = window.findChild<QTabWidget *>(u"outputTabs"_s);
        auto *stack = window.findChild<QStackedWidget *>(u"graphStack"_s);
        QVERIFY(tabs && stack);
        JobsPanel *jobs = window.jobsPanel();
        JobGraphView *view = window.jobGraph();
        QCOMPARE(stack->currentWidget(), window.pipelineViews()->graph()); // before any job: the pre-run picture
        tabs->setCurrentWidget(jobs);
        QTRY_VERIFY_WITH_TIMEOUT(jobs->model()->rowOf(running) >= 0 && jobs->model()->rowOf(done) >= 0, 15000);

        // The running job: its graph, asked again about every second.
        QVERIFY(jobs->selectJob(running));
        QCOMPARE(stack->currentWidget(), view);
        QCOMPARE(view->jobId(), running);
        tabs->setCurrentWidget(stack);
        QTRY_VERIFY_WITH_TIMEOUT(view->layoutsShown() >= 1, 30000);
        QVERIFY(view->panel()->hasGraph());
        QVERIFY(view->steps()->topLevelItemCount() > 0);
        const int answers = view->metricsAnswers();
        QTRY_VERIFY_WITH_TIMEOUT(view->metricsAnswers() >= answers + 2, 5000);
        QVERIFY(view->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(u"RUNNING"_s), 5000);
        QVERIFY2(view->statusText().contains(u"refreshed every second"_s), qPrintable(view->statusText()));

        // The ended sample: the sample's numbers on its steps, then no more refreshes.
        tabs->setCurrentWidget(jobs);
        QVERIFY(jobs->selectJob(done));
        QCOMPARE(view->jobId(), done);
        tabs->setCurrentWidget(stack);
        QTRY_VERIFY_WITH_TIMEOUT(view->graph().hasMetrics() && view->layoutsShown() >= 1, 30000);
        QTreeWidgetItem *split = itemEndingWith(view->steps(), u"splitWords"_s);
        QTreeWidgetItem *format = itemEndingWith(view->steps(), u"formatCount"_s);
        QVERIFY(split && format);
        QTRY_COMPARE_WITH_TIMEOUT(split->text(1), u"17"_s, 5000);
        QCOMPARE(format->text(1), u"9"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isFollowing(), 10000);
        QVERIFY2(view->statusText().contains(u"DONE"_s), qPrintable(view->statusText()));
        QVERIFY2(view->statusText().contains(u"Busiest"_s), qPrintable(view->statusText()));
        screenshot(&window, u"job-graph"_s);

        // A composite unchecked: drawn as one box, a new picture.
        QTreeWidgetItem *composite = nullptr;
        QTreeWidgetItemIterator it(view->steps());
        for (; *it && !composite; ++it)
            if ((*it)->flags() & Qt::ItemIsUserCheckable)
                composite = *it;
        QVERIFY(composite);
        const int pictures = view->layoutsShown();
        composite->setCheckState(0, Qt::Unchecked);
        QTRY_VERIFY_WITH_TIMEOUT(view->layoutsShown() > pictures, 30000);

        // Back to the picture from before the run.
        auto *back = view->findChild<QToolButton *>(u"jobGraphBack"_s);
        QVERIFY(back);
        back->click();
        QCOMPARE(stack->currentWidget(), window.pipelineViews()->graph());

        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, running, u"--endpoint"_s, prism.endpoint()}, m_env, 30000);
        QCOMPARE(cancel.exitCode, 0);
        QVERIFY(launch.waitForExit(30000));
    }

    void launchedJobIsDrawnWhileItRuns()
    {
        QTemporaryDir work;
        JobServer prism;
        BL_VERIFY2(prism.startPrism(m_prism, work.path()), prism.log().constData());
        ScriptedDialogs dialogs;
        MainWindow window(&dialogs);
        QVERIFY(showLongRunOn(window, prism.endpoint()));
        auto *environment = window.findChild<QComboBox *>(u"environmentTypeCombo"_s);
        QVERIFY(environment);
        environment->setCurrentIndex(environment->findText(u"LOOPBACK"_s));
        window.editor()->setPipelineFlags({u"--seconds=900"_s});
        auto *stack = window.findChild<QStackedWidget *>(u"graphStack"_s);
        JobGraphView *view = window.jobGraph();
        QVERIFY(stack && view);

        window.launchAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window.isBusy(), 10000);
        // Built, launched, the job known to Prism: the Graph tab shows it by itself.
        QTRY_VERIFY_WITH_TIMEOUT(stack->currentWidget() == view && !view->jobId().isEmpty(), 1500000);
        QCOMPARE(view->endpoint(), prism.endpoint());
        QTRY_VERIFY_WITH_TIMEOUT(view->layoutsShown() >= 1, 30000);
        const int answers = view->metricsAnswers();
        QTRY_VERIFY_WITH_TIMEOUT(view->metricsAnswers() >= answers + 2, 5000);
        QVERIFY(view->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(view->statusText().contains(u"RUNNING"_s), 5000);

        // Cancelled on the runner: the launch ends, the view stops asking once it has seen the end.
        const CliRun cancel = runCli({u"jobs"_s, u"cancel"_s, view->jobId(), u"--endpoint"_s, prism.endpoint()}, m_env,
                                     30000);
        QCOMPARE(cancel.exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(!view->isFollowing(), 10000);
        QVERIFY2(view->statusText().contains(u"CANCELLED"_s), qPrintable(view->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isBusy(), 60000);
    }
};

QTEST_MAIN(TestJobGraphWindow)
#include "tst_jobgraphwindow.moc"
