// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The pipeline's folder, options and graph in the real window, offscreen, with the real Go
// toolchain, the real Beam Go SDK, Beam's dot runner and Graphviz: the module fixtures of
// tests/fixtures/modules (as tests/integration/tst_pipeline.cpp uses them) and the word-count
// sample. With BL_SCREENSHOT_DIR set (under Xvfb), the Options and Graph views are saved.
#include "Screenshot.h"
#include "VerifyWhole.h"
#include "Dialogs.h"
#include "GraphPanel.h"
#include "MainWindow.h"
#include "OptionsPanel.h"
#include "PipelineViews.h"
#include "ProblemsModel.h"
#include "OutputPane.h"
#include "ProfileEditor.h"
#include "launch/LaunchSession.h"
#include "pipeline/PipelineGraph.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>

using namespace bl;
using namespace bl::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int BuildTimeoutMs = 600000; // a cold Go build cache builds Beam first
const QString Modules = QStringLiteral(BL_FIXTURES_DIR "/modules");
const QString Sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");

void dropFolder(QWidget *target, const QString &folder)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}


} // namespace

class TestPipelineWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_cache; // one build cache for the whole test: the sample is built once
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;

    /// Builds the shown profile in the window and waits for the session and the views.
    bool build(int *exitCode)
    {
        QSignalSpy finished(m_window->session(), &LaunchSession::finished);
        m_window->build();
        if (!finished.wait(BuildTimeoutMs))
            return false;
        *exitCode = finished.first().first().toInt();
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_cache.isValid());
        qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache.path().toLocal8Bit());
        qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache.filePath(u"no-samples"_s).toLocal8Bit());
        qunsetenv("GOWORK");
        if (PipelineGraph::findGraphviz().isEmpty())
            QFAIL("Graphviz (dot) is not installed: .ci/setup installs it");
    }

    void init()
    {
        m_config = std::make_unique<QTemporaryDir>();
        QVERIFY(m_config->isValid());
        qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config->path().toLocal8Bit());
        m_dialogs = std::make_unique<ScriptedDialogs>();
        m_window = std::make_unique<MainWindow>(m_dialogs.get());
        m_window->resize(1500, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        if (m_window && m_window->isBusy()) {
            QSignalSpy finished(m_window->session(), &LaunchSession::finished);
            m_window->stop();
            finished.wait(30000);
        }
        m_window.reset();
        m_dialogs.reset();
        m_config.reset();
    }

    void droppedModuleRootTakesItsPipeline()
    {
        // A module root with one pipeline under cmd/: taken, and the user told which.
        dropFolder(m_window->findChild<QWidget *>(u"emptyPage"_s), Modules + u"/one"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->store()->profiles().size(), 1, 240000);
        QCOMPARE(m_window->editor()->packageDir(), Modules + u"/one/cmd/flagged"_s);
        QCOMPARE(m_window->store()->profiles().constFirst().settings.packageDir, Modules + u"/one/cmd/flagged"_s);
        const QString said = m_window->statusBar()->currentMessage();
        BL_VERIFY2(said.contains(u"beamlauncher.test/one/cmd/flagged"_s), qPrintable(said));

        // Two pipelines: the chooser offers both; the answer is the one taken.
        m_dialogs->setNextFileName(u"beamlauncher.test/two/cmd/alpha"_s);
        dropFolder(m_window->findChild<QWidget *>(u"profileList"_s), Modules + u"/two"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->store()->profiles().size(), 2, 240000);
        QCOMPARE(m_dialogs->lastRequest().kind, ScriptedDialogs::Kind::ChoosePipeline);
        QCOMPARE(m_dialogs->lastRequest().text, u"beamlauncher.test/two/cmd/alpha\nbeamlauncher.test/two/cmd/broken"_s);
        QCOMPARE(m_window->editor()->packageDir(), Modules + u"/two/cmd/alpha"_s);

        // A cancelled choice makes nothing.
        dropFolder(m_window->findChild<QWidget *>(u"profileList"_s), Modules + u"/two"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_dialogs->requests().size(), 2, 240000);
        QTest::qWait(100);
        QCOMPARE(m_window->store()->profiles().size(), 2);

        // No pipeline: the finder's sentence, above the output, and no profile.
        dropFolder(m_window->findChild<QWidget *>(u"profileList"_s), Modules + u"/nobeam"_s);
        auto *message = m_window->findChild<QLabel *>(u"sessionMessage"_s);
        QVERIFY(message);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"beamlauncher.test/nobeam/cmd/hello"_s), 240000);
        QCOMPARE(m_window->store()->profiles().size(), 2);
    }

    void optionsAndGraphOfTheSampleAfterABuild()
    {
        QVERIFY(m_window->openFolder(Sample));
        QCOMPARE(m_window->editor()->packageDir(), Sample);
        OptionsPanel *options = m_window->pipelineViews()->options();
        GraphPanel *graph = m_window->pipelineViews()->graph();
        QVERIFY(!options->itemFor(u"input"_s)); // nothing built yet
        int exitCode = -1;
        QVERIFY(build(&exitCode));
        QCOMPARE(exitCode, 0);

        // The sample's own flags, from the launcher the build made.
        QTRY_VERIFY_WITH_TIMEOUT(options->itemFor(u"input"_s), 60000);
        QVERIFY(options->itemFor(u"output"_s));
        QVERIFY(!options->itemFor(u"worker_binary"_s));
        auto *editorTabs = m_window->findChild<QTabWidget *>(u"editorTabs"_s);
        QVERIFY(editorTabs);
        editorTabs->setCurrentWidget(options);
        auto *output = qobject_cast<QLineEdit *>(options->editorFor(u"output"_s));
        QVERIFY(output);
        const QString target = m_cache.filePath(u"counts.txt"_s);
        output->setFocus();
        output->selectAll();
        QTest::keyClicks(output, target);
        // The edit is the profile's pipeline flag, saved.
        const QString flag = u"--output="_s + target;
        BL_VERIFY2(m_window->editor()->settings().pipelineFlags.contains(flag),
                 qPrintable(m_window->editor()->settings().pipelineFlags.join(u' ')));
        QVERIFY(options->itemFor(u"output"_s)->font(0).bold());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->store()->findById(m_window->currentProfileId())->settings.pipelineFlags.contains(flag),
                                 10000);
        QVERIFY(m_window->editor()->commandLine().contains(flag));
        // The sample needs both: the graph is drawn again with the flags as they are now.
        auto *input = qobject_cast<QLineEdit *>(options->editorFor(u"input"_s));
        QVERIFY(input);
        input->setFocus();
        QTest::keyClicks(input, Sample + u"/input.txt"_s);
        QVERIFY(m_window->editor()->settings().pipelineFlags.contains(u"--input="_s + Sample + u"/input.txt"_s));

        // The graph: Beam's dot runner and Graphviz, the sample's transforms as nodes.
        auto *graphStatus = graph->findChild<QLabel *>(u"graphStatus"_s);
        QVERIFY(graphStatus);
        QTRY_VERIFY2_WITH_TIMEOUT(graph->hasGraph(), qPrintable(graphStatus->text()), 120000);
        const QString launcher = m_window->pipelineViews()->launcher();
        QFile dot(QFileInfo(launcher).absolutePath() + u"/graph/graph.dot"_s);
        QVERIFY(dot.open(QIODevice::ReadOnly));
        const QString labels = PipelineGraph::nodeLabels(QString::fromUtf8(dot.readAll())).join(u'\n');
        for (const QString &transform : {u"textio."_s, u"main.splitWords"_s, u"stats."_s, u"main.formatCount"_s})
            BL_VERIFY2(labels.contains(transform), qPrintable(transform + u" not in:\n"_s + labels));
        screenshot(m_window.get(), u"window-options"_s);
        auto *outputTabs = m_window->findChild<QTabWidget *>(u"outputTabs"_s);
        QVERIFY(outputTabs);
        outputTabs->setCurrentWidget(m_window->findChild<QWidget *>(u"graphStack"_s)); // the pre-run picture is in it
        editorTabs->setCurrentIndex(0);
        graph->fitToView();
        screenshot(m_window.get(), u"window-graph"_s);

        // A window opened later shows the options of the launcher built before, without a build.
        const QString id = m_window->currentProfileId();
        QVERIFY(m_window->close());
        m_window.reset();
        m_window = std::make_unique<MainWindow>(m_dialogs.get());
        m_window->show();
        QCOMPARE(m_window->currentProfileId(), id);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pipelineViews()->options()->itemFor(u"output"_s), 60000);
        QVERIFY(m_window->pipelineViews()->options()->itemFor(u"output"_s)->font(0).bold());
    }

    void flagsThatCannotBeReadLeaveTheTypedOnes()
    {
        // A launcher that works before flag.Parse: the view gives up after its timeout, says
        // why, and the typed flags stay what the launch gets.
        QVERIFY(m_window->openFolder(Modules + u"/nobeam/cmd/sleepy"_s));
        m_window->pipelineViews()->setFlagsTimeout(2000);
        Profile profile = m_window->editor()->profile();
        profile.settings.pipelineFlags = {u"--seconds=3"_s, u"--nosuch=x"_s};
        m_window->editor()->setProfile(profile);
        m_window->pipelineViews()->profileChanged(); // as showing another profile does
        QVERIFY(m_window->saveNow());
        int exitCode = -1;
        QVERIFY(build(&exitCode));
        QCOMPARE(exitCode, 0);
        auto *status = m_window->pipelineViews()->options()->findChild<QLabel *>(u"optionsStatus"_s);
        QVERIFY(status);
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(u"could not be read"_s), qPrintable(status->text()), 60000);
        BL_VERIFY2(status->text().contains(u"flag.Parse"_s), qPrintable(status->text()));
        QVERIFY(!m_window->pipelineViews()->options()->itemFor(u"seconds"_s));
        QCOMPARE(m_window->editor()->settings().pipelineFlags, QStringList({u"--seconds=3"_s, u"--nosuch=x"_s}));
        QCOMPARE(m_window->pipelineViews()->options()->pipelineFlags(), QStringList({u"--seconds=3"_s, u"--nosuch=x"_s}));
        QVERIFY(m_window->editor()->commandLine().contains(u"--nosuch=x"_s));
    }

    void aProgramThatRunsItselfIsToldInTheRunOutput()
    {
        // direct.Execute in its main and no --runner (tests/fixtures/realworld/selfrun): the
        // launch runs it as it is, and the run output says why no job goes to a runner.
        QVERIFY(m_window->openFolder(QStringLiteral(BL_FIXTURES_DIR "/realworld/selfrun")));
        QFile input(m_cache.filePath(u"selfrun-input.txt"_s));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("one two two\n");
        input.close();
        const QString output = m_cache.filePath(u"selfrun-counts"_s);
        Profile profile = m_window->editor()->profile();
        profile.settings.pipelineFlags = {u"--input="_s + input.fileName(), u"--output="_s + output};
        m_window->editor()->setProfile(profile);
        QVERIFY(m_window->saveNow());
        QSignalSpy finished(m_window->session(), &LaunchSession::finished);
        m_window->launch();
        QVERIFY(finished.wait(BuildTimeoutMs));
        QCOMPARE(finished.first().first().toInt(), 0);
        auto *text = m_window->runOutput()->findChild<QPlainTextEdit *>();
        QVERIFY(text);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->runOutput()->pendingLineCount() == 0, 30000);
        const QString shown = text->toPlainText();
        BL_VERIFY2(shown.contains(u"This program runs its pipeline itself, in this process"_s), qPrintable(shown.right(3000)));
        BL_VERIFY2(!shown.contains(u"flag provided but not defined"_s), qPrintable(shown.right(3000)));
        QVERIFY(!QDir(m_cache.path()).entryList({u"selfrun-counts*"_s}, QDir::Files).isEmpty());
    }

    void brokenGraphLandsInProblems()
    {
        const QString broken = Modules + u"/two/cmd/broken"_s;
        QVERIFY(m_window->openFolder(broken));
        int exitCode = -1;
        QVERIFY(build(&exitCode));
        QCOMPARE(exitCode, 0); // it compiles: only building its graph fails
        ProblemsModel *problems = m_window->problemsModel();
        QTRY_VERIFY_WITH_TIMEOUT(problems->rowCount() > 0, 120000);
        const Diagnostic d = problems->diagnostic(0);
        QCOMPARE(d.file, broken + u"/main.go"_s);
        QCOMPARE(d.line, 21);
        BL_VERIFY2(d.message.contains(u"string is not assignable to int"_s), qPrintable(d.message));
        QVERIFY(!m_window->pipelineViews()->graph()->hasGraph());
    }
};

QTEST_MAIN(TestPipelineWindow)
#include "tst_pipelinewindow.moc"
