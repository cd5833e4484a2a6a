// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The main window, driven like a person would: drop a folder, pick a runner, build, read the
// problems, launch a flood, stop a job that ignores SIGTERM, quit while a job runs. Real Go
// builds of the fixture pipelines; dialogs answered by ScriptedDialogs.
#include "VerifyWhole.h"
#include "BuildJobView.h"
#include "Dialogs.h"
#include "EventLoopWatch.h"
#include "FileSha256.h"
#include "MainWindow.h"
#include "profiles/RecentRuns.h"
#include "profiles/StarterProfile.h"
#include "OutputPane.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "ProcessProbe.h"
#include "ProfileEditor.h"
#include "SourceView.h"
#include "profiles/ProfileStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace bl;
using namespace Qt::StringLiterals;

namespace {

constexpr int BuildTimeoutMs = 240000;

QString fixture(const QString &name)
{
    return QStringLiteral(BL_FIXTURES_DIR "/pipelines/") + name;
}

/// How many lines of the file start with `prefix`; -1 when it cannot be read.
int linesStartingWith(const QString &path, const QByteArray &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    int count = 0;
    while (!file.atEnd()) {
        if (file.readLine().startsWith(prefix))
            ++count;
    }
    return count;
}

void dropUrls(QWidget *target, const QList<QUrl> &urls)
{
    QMimeData mime;
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStateInvites();
    void dropFolderFillsProfile();
    void dropSeveralFoldersOffersOneProfileEach();
    void runnerChangesEndpointAndPreview();
    void buildFakebeamVerifiesBothPlatforms();
    void brokenBuildProblemOpensSource();
    void floodKeepsWindowResponsive();
    void stopKillsWholeTree();
    void quitWhileRunningAsksThenStops();
    void geometryAndSplittersRemembered();
    void firstStartOffersTheSample();
    void duplicateExportImport();

private:
    /// A window with a profile for `folder` and `flags`, shown.
    MainWindow *windowFor(const QString &folder, const QStringList &flags = {});

    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<QTemporaryDir> m_cache;
    std::unique_ptr<ScriptedDialogs> m_dialogs;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_cache = std::make_unique<QTemporaryDir>();
    QVERIFY(m_cache->isValid());
    qputenv("BEAM_LAUNCHER_CACHE_DIR", m_cache->path().toLocal8Bit());
    // No starter profile in these tests (firstStartOffersTheSample has its own).
    qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache->filePath(u"no-samples"_s).toLocal8Bit());
}

void TestMainWindow::init()
{
    m_config = std::make_unique<QTemporaryDir>();
    QVERIFY(m_config->isValid());
    qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config->path().toLocal8Bit());
    m_dialogs = std::make_unique<ScriptedDialogs>();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
}

void TestMainWindow::cleanup()
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

MainWindow *TestMainWindow::windowFor(const QString &folder, const QStringList &flags)
{
    MainWindow *window = m_window.get();
    window->show();
    if (!window->openFolder(folder))
        return nullptr;
    if (!flags.isEmpty()) {
        Profile profile = window->editor()->profile();
        profile.settings.pipelineFlags = flags;
        window->editor()->setProfile(profile);
        window->saveNow();
    }
    return window;
}

void TestMainWindow::emptyStateInvites()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *empty = m_window->findChild<QWidget *>(u"emptyPage"_s);
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(!m_window->buildAction()->isEnabled());
    QVERIFY(!m_window->launchAction()->isEnabled());
    QVERIFY(m_window->launchAction()->toolTip().contains(u"Drop a pipeline folder"_s));
    QVERIFY(m_window->findChild<QWidget *>(u"emptyOpenButton"_s)->isVisible());
}

void TestMainWindow::dropFolderFillsProfile()
{
    m_window->show();
    auto *target = m_window->findChild<QWidget *>(u"emptyPage"_s);
    QVERIFY(target);
    dropUrls(target, {QUrl::fromLocalFile(fixture(u"fakebeam"_s))});

    QCOMPARE(m_window->store()->profiles().size(), 1);
    QCOMPARE(m_window->store()->profiles().constFirst().name, u"fakebeam"_s);
    QCOMPARE(m_window->editor()->packageDir(), fixture(u"fakebeam"_s));
    QVERIFY(m_window->editor()->isVisible());
    auto *packageLabel = m_window->findChild<QLabel *>(u"packageLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(packageLabel->text().contains(u"<b>main</b>"_s), 60000);
    QVERIFY(packageLabel->text().contains(u"example.com/fixtures/fakebeam"_s));
    QVERIFY(packageLabel->text().contains(u"Beam Go SDK"_s)); // fakebeam does not import it: a warning
    QVERIFY(m_window->buildAction()->isEnabled());
    QVERIFY(m_window->launchAction()->isEnabled());

    // A file inside a package stands for its folder; a profile with no folder is filled in.
    m_window->findChild<QLineEdit *>(u"folderEdit"_s)->clear();
    QVERIFY(!m_window->buildAction()->isEnabled());
    dropUrls(m_window->findChild<QWidget *>(u"profileList"_s), {QUrl::fromLocalFile(fixture(u"notmain/lib.go"_s))});
    QCOMPARE(m_window->store()->profiles().size(), 1);
    QCOMPARE(m_window->editor()->packageDir(), fixture(u"notmain"_s));
    QTRY_VERIFY_WITH_TIMEOUT(packageLabel->text().contains(u"not package main"_s), 60000);
    QCOMPARE(m_window->store()->profiles().constFirst().settings.packageDir, fixture(u"notmain"_s));
}

void TestMainWindow::dropSeveralFoldersOffersOneProfileEach()
{
    m_window->show();
    m_dialogs->setNextAnswer(true);
    dropUrls(m_window.get(), {QUrl::fromLocalFile(fixture(u"fakebeam"_s)), QUrl::fromLocalFile(fixture(u"broken"_s))});
    QCOMPARE(m_dialogs->requests().size(), 1);
    QCOMPARE(m_dialogs->lastRequest().kind, ScriptedDialogs::Kind::AskYesNo);
    QCOMPARE(m_window->store()->profiles().size(), 2);

    m_dialogs->setNextAnswer(false);
    dropUrls(m_window.get(), {QUrl::fromLocalFile(fixture(u"fakebeam"_s)), QUrl::fromLocalFile(fixture(u"notmain"_s))});
    QCOMPARE(m_window->store()->profiles().size(), 2);
}

void TestMainWindow::runnerChangesEndpointAndPreview()
{
    MainWindow *window = windowFor(fixture(u"fakebeam"_s));
    QVERIFY(window);
    auto *runner = window->findChild<QComboBox *>(u"runnerCombo"_s);
    auto *endpoint = window->findChild<QLineEdit *>(u"endpointEdit"_s);
    auto *preview = window->findChild<QPlainTextEdit *>(u"commandPreview"_s);
    auto *endpointProblem = window->findChild<QLabel *>(u"endpointProblem"_s);
    QVERIFY(runner && endpoint && preview && endpointProblem);
    QCOMPARE(runner->currentText(), u"prism"_s);
    QVERIFY(endpoint->text().isEmpty());
    QVERIFY(preview->toPlainText().contains(u"--runner=prism"_s));
    QVERIFY(!preview->toPlainText().contains(u"--endpoint"_s));

    runner->setCurrentIndex(runner->findText(u"flink"_s));
    QCOMPARE(endpoint->text(), u"localhost:8099"_s);
    QVERIFY(preview->toPlainText().contains(u"--runner=flink"_s));
    QVERIFY(preview->toPlainText().contains(u"--endpoint=localhost:8099"_s));
    QVERIFY(window->findChild<QWidget *>(u"option_parallelism"_s)); // the runner's own option

    runner->setCurrentIndex(runner->findText(u"spark"_s)); // the suggestion follows the runner
    QCOMPARE(endpoint->text(), u"localhost:8099"_s);
    QVERIFY(preview->toPlainText().contains(u"--runner=spark"_s));

    // The local Prism job server is offered with prism and universal (SDKs older than Prism), not
    // with a runner that needs a job server of its own.
    auto *local = window->findChild<QCheckBox *>(u"localJobServerCheck"_s);
    QVERIFY(local && local->isHidden());
    runner->setCurrentIndex(runner->findText(u"universal"_s));
    QVERIFY(!local->isHidden());
    runner->setCurrentIndex(runner->findText(u"spark"_s));
    QVERIFY(local->isHidden());

    // Typed endpoints are validated at once, and an invalid one blocks Launch and says why.
    endpoint->clear();
    QTest::keyClicks(endpoint, u"localhost:99999"_s);
    QVERIFY(endpointProblem->isVisible());
    QVERIFY(endpointProblem->text().contains(u"port"_s));
    QVERIFY(!window->launchAction()->isEnabled());
    QVERIFY(window->launchAction()->toolTip().startsWith(u"Cannot launch"_s));
    QVERIFY(window->buildAction()->isEnabled()); // building does not need an endpoint

    // Back to prism: the typed endpoint stays (the user's), clearing it makes Launch possible.
    runner->setCurrentIndex(runner->findText(u"prism"_s));
    QCOMPARE(endpoint->text(), u"localhost:99999"_s);
    endpoint->clear();
    QVERIFY(!endpointProblem->isVisible());
    QVERIFY(window->launchAction()->isEnabled());

    // An unknown runner may be typed: a warning, not an error.
    runner->setEditText(u"myrunner"_s);
    QVERIFY(preview->toPlainText().contains(u"--runner=myrunner"_s));
    QVERIFY(window->findChild<QLabel *>(u"runnerProblem"_s)->isVisible());
    QVERIFY(window->launchAction()->isEnabled());

    // Edits are saved.
    QTRY_COMPARE(window->store()->profiles().constFirst().settings.runner, u"myrunner"_s);
}

void TestMainWindow::buildFakebeamVerifiesBothPlatforms()
{
    MainWindow *window = windowFor(fixture(u"fakebeam"_s));
    QVERIFY(window);
    QSignalSpy finished(window->session(), &LaunchSession::finished);
    QElapsedTimer clock;
    clock.start();
    window->buildAction()->trigger();
    QVERIFY(window->stopAction()->isEnabled());
    QVERIFY(!window->buildAction()->isEnabled());
    QVERIFY(finished.wait(BuildTimeoutMs));
    qInfo("dual build of fakebeam took %lld ms", clock.elapsed());
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    BuildJobView *launcher = window->jobView(BuildTarget::Launcher);
    BuildJobView *worker = window->jobView(BuildTarget::Worker);
    QCOMPARE(launcher->state(), BuildJobView::State::Succeeded);
    QCOMPARE(worker->state(), BuildJobView::State::Succeeded);
    BL_VERIFY2(launcher->resultText().contains(u"verified "_s + Platform::host().toString() + u", cgo off"_s),
             qPrintable(launcher->resultText()));
    BL_VERIFY2(worker->resultText().contains(u"verified linux/amd64, cgo off"_s), qPrintable(worker->resultText()));
    QVERIFY(window->buildAction()->isEnabled());
    QVERIFY(!window->stopAction()->isEnabled());
    QCOMPARE(window->findChild<QLabel *>(u"stateLabel"_s)->text(), u"Built"_s);
}

void TestMainWindow::brokenBuildProblemOpensSource()
{
    MainWindow *window = windowFor(fixture(u"broken"_s));
    QVERIFY(window);
    QSignalSpy finished(window->session(), &LaunchSession::finished);
    window->buildAction()->trigger();
    QVERIFY(finished.wait(BuildTimeoutMs));
    QCOMPARE(finished.at(0).at(0).toInt(), 1);
    QCOMPARE(window->jobView(BuildTarget::Worker)->state(), BuildJobView::State::Failed);
    ProblemsModel *problems = window->problemsModel();
    QVERIFY(problems->rowCount() >= 2);

    // The row of `var count int = "three"` (main.go:6).
    int row = -1;
    for (int i = 0; i < problems->rowCount(); ++i) {
        const Diagnostic d = problems->diagnostic(i);
        if (d.file.endsWith(u"/main.go"_s) && d.line == 6)
            row = i;
    }
    QVERIFY(row >= 0);
    QCOMPARE(problems->targets(row).size(), 2); // both builds reported it: one row
    auto *view = window->findChild<ProblemsView *>(u"problemsView"_s);
    QVERIFY(view->isVisible()); // the Problems tab came forward
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, 0));
    QTest::keyClick(view, Qt::Key_Return);
    SourceView *source = window->sourceView();
    QCOMPARE(source->filePath(), fixture(u"broken/main.go"_s));
    QCOMPARE(source->markedLine(), 6);
    QCOMPARE(source->textCursor().blockNumber(), 5);
    QVERIFY(source->highlighter());
}

void TestMainWindow::floodKeepsWindowResponsive()
{
    MainWindow *window = windowFor(fixture(u"fakebeam"_s), {u"--flood=200000"_s});
    QVERIFY(window);
    QSignalSpy finished(window->session(), &LaunchSession::finished);
    QSignalSpy started(window->session(), &LaunchSession::launchStarted);
    window->launchAction()->trigger();
    QVERIFY(started.wait(BuildTimeoutMs));
    const QString paneLogFile = window->runOutput()->logFile();
    QVERIFY(!paneLogFile.isEmpty());

    // A 5 ms timer's worst lateness while the flood comes in.
    bl::test::EventLoopWatch watch;
    watch.start();
    QVERIFY(finished.wait(300000));
    // The view catches up in bounded chunks, still answering.
    QTRY_VERIFY_WITH_TIMEOUT(window->runOutput()->pendingLineCount() == 0, 120000);
    watch.stop();
    const qint64 worst = watch.worstLatenessMs();
    qInfo("flood of 200000 lines: %lld ms, worst lateness of a 5 ms timer %lld ms", watch.elapsedMs(), worst);
    BL_VERIFY2(worst < 1500, qPrintable(QString::number(worst)));
    QCOMPARE(finished.at(0).at(0).toInt(), 0);

    QCOMPARE(linesStartingWith(window->session()->logFile(), "INFO line "), 200000);
    QVERIFY(window->runOutput()->totalLineCount() >= 200000);
    // The window's transcript, closed when the session ended.
    QCOMPARE(linesStartingWith(paneLogFile, "out INFO line "), 200000);
    QVERIFY(window->findChild<QLabel *>(u"runHeader"_s)->text().contains(u"exited with code 0"_s));

    // The run is in the recent runs, with the checksums of the very binaries that ran.
    const QList<RunRecord> runs = RecentRuns(m_config->path()).list();
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().exitCode, 0);
    for (const auto &[path, sha] : {std::pair(runs.first().launcherPath, runs.first().launcherSha256),
                                     std::pair(runs.first().workerPath, runs.first().workerSha256)}) {
        BL_VERIFY2(QFileInfo::exists(path), qPrintable(path));
        QCOMPARE(sha, QString::fromLatin1(bl::test::fileSha256(path)));
    }
}

void TestMainWindow::stopKillsWholeTree()
{
    QTemporaryDir pids;
    const QString pidFile = pids.filePath(u"pids"_s);
    MainWindow *window = windowFor(fixture(u"fakebeam"_s),
                                   {u"--ignore_term"_s, u"--spawn"_s, u"--pid_file="_s + pidFile, u"--sleep_ms=600000"_s});
    QVERIFY(window);
    QSignalSpy finished(window->session(), &LaunchSession::finished);
    window->launchAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::pidsIn(pidFile).size() >= 2, BuildTimeoutMs);
    const QList<qint64> started = test::pidsIn(pidFile);
    for (qint64 pid : started)
        QVERIFY(test::isAlive(pid));
    QVERIFY(window->stopAction()->isEnabled());
    QElapsedTimer clock;
    clock.start();
    window->stopAction()->trigger();
    QVERIFY(finished.wait(30000));
    qInfo("stop took %lld ms (SIGTERM ignored: grace period, then SIGKILL)", clock.elapsed());
    QCOMPARE(finished.at(0).at(0).toInt(), 130);
    for (qint64 pid : started)
        QTRY_VERIFY2(!test::isAlive(pid), qPrintable(QString::number(pid)));
    QCOMPARE(window->findChild<QLabel *>(u"stateLabel"_s)->text(), u"Stopped"_s);
    QVERIFY(window->launchAction()->isEnabled());
}

void TestMainWindow::quitWhileRunningAsksThenStops()
{
    QTemporaryDir pids;
    const QString pidFile = pids.filePath(u"pids"_s);
    MainWindow *window = windowFor(fixture(u"fakebeam"_s),
                                   {u"--ignore_term"_s, u"--spawn"_s, u"--pid_file="_s + pidFile, u"--sleep_ms=600000"_s});
    QVERIFY(window);
    window->launchAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(test::pidsIn(pidFile).size() >= 2, BuildTimeoutMs);
    const QList<qint64> started = test::pidsIn(pidFile);

    m_dialogs->setNextAnswer(false);
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY(window->isBusy());
    QCOMPARE(m_dialogs->lastRequest().kind, ScriptedDialogs::Kind::AskYesNo);

    m_dialogs->setNextAnswer(true);
    window->close();
    QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 30000);
    QVERIFY(!window->isBusy());
    for (qint64 pid : started)
        QTRY_VERIFY2(!test::isAlive(pid), qPrintable(QString::number(pid)));
    QCOMPARE(m_dialogs->requests().size(), 2);
}

void TestMainWindow::geometryAndSplittersRemembered()
{
    m_window->show();
    m_window->resize(1111, 777);
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({230, 400, 400});
    QTest::qWait(50);
    const QList<int> sizes = splitter->sizes();
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->show();
    QTRY_COMPARE(m_window->size(), QSize(1111, 777));
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes().constFirst(), sizes.constFirst());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::firstStartOffersTheSample()
{
    // A fresh config folder and the real bundled sample: the window offers the starter profile,
    // and one press of Launch builds and runs the Beam sample on the managed local Prism.
    m_window.reset();
    m_config = std::make_unique<QTemporaryDir>();
    qputenv("BEAM_LAUNCHER_CONFIG_DIR", m_config->path().toLocal8Bit());
    qputenv("BEAM_LAUNCHER_SAMPLES_DIR", QByteArray(BL_SOURCE_DIR "/resources/sample"));
    // Whatever happens below, the next tests start without the sample (no starter profile).
    const auto noSamples = qScopeGuard(
        [this] { qputenv("BEAM_LAUNCHER_SAMPLES_DIR", m_cache->filePath(u"no-samples"_s).toLocal8Bit()); });
    // The sample runs on the managed local Prism: built once per machine, kept with the e2e runners.
    qputenv("BEAM_LAUNCHER_RUNNERS_DIR", QByteArray(BL_E2E_CACHE "/managed-prism"));
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->editor()->profile().name, StarterProfile::name());
    QVERIFY(m_window->launchAction()->isEnabled());
    QSignalSpy finished(m_window->session(), &LaunchSession::finished);
    m_window->launchAction()->trigger();
    QVERIFY(finished.wait(1800000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QFile counts(m_cache->path() + u"/sample-output/counts.txt"_s);
    BL_VERIFY2(counts.open(QIODevice::ReadOnly), qPrintable(counts.fileName()));
    QVERIFY(counts.readAll().contains("the: 4"));
    auto *job = m_window->findChild<QLabel *>(u"jobStatus"_s);
    QVERIFY(job && job->isVisible());
    BL_VERIFY2(job->text().contains(u"job-001"_s) && job->text().contains(u"DONE"_s), qPrintable(job->text()));
    // The worker binary the window built ran through boot, and its own lines are in the Workers tab.
    auto *local = m_window->findChild<QCheckBox *>(u"localJobServerCheck"_s);
    QVERIFY(local && local->isChecked() && !local->isHidden());
    auto *workers = m_window->findChild<OutputPane *>(u"workerOutput"_s);
    QVERIFY(workers);
    workers->flushPending();
    const QString workerText = workers->textEdit()->toPlainText();
    // An SDK log entry of the sample's own DoFn, with its level (the worker's last words, "Worker
    // exited successfully!", may come after the job is DONE and Prism is stopped: not waited for).
    BL_VERIFY2(workerText.contains(u"INFO"_s) && workerText.contains(u"Writing to "_s),
             qPrintable(workerText.right(3000)));
    if (const QString dir = qEnvironmentVariable("BL_SCREENSHOT_DIR"); !dir.isEmpty()) { // docs/screenshots, Xvfb
        auto *tabs = m_window->findChild<QTabWidget *>(u"outputTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentIndex(tabs->indexOf(workers->parentWidget()));
        QTest::qWait(300);
        QVERIFY(m_window->grab().save(dir + u"/workers.png"_s));
    }

    // Offered once: the next start still has exactly that one profile.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_dialogs.get());
    ProfileStore store(m_config->path());
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 1);
}

void TestMainWindow::duplicateExportImport()
{
    MainWindow *window = windowFor(QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam"));
    QVERIFY(window);
    const QString original = window->editor()->profile().name;
    auto action = [window](const char *name) { return window->findChild<QAction *>(QString::fromLatin1(name)); };

    action("duplicateAction")->trigger();
    QCOMPARE(window->editor()->profile().name, original + u" (copy)"_s);

    const QString file = m_config->filePath(u"shared.json"_s);
    m_dialogs->setNextFileName(file);
    action("exportAction")->trigger();
    QVERIFY(QFileInfo::exists(file));

    m_dialogs->setNextFileName(file);
    action("importAction")->trigger();
    ProfileStore store(m_config->path());
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 3);
    QCOMPARE(window->editor()->profile().settings.packageDir, QStringLiteral(BL_FIXTURES_DIR "/pipelines/fakebeam"));
    QVERIFY(window->editor()->profile().name != original);

    // A cancelled dialog changes nothing.
    action("importAction")->trigger();
    QVERIFY(store.load());
    QCOMPARE(store.profiles().size(), 3);
}
