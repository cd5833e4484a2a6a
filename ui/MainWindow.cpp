// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "DesktopNotifier.h"
#include "Dialogs.h"
#include "DropArea.h"
#include "EditorPane.h"
#include "GoBanner.h"
#include "GraphPanel.h"
#include "JobGraphView.h"
#include "JobsPanel.h"
#include "OutputPanel.h"
#include "PipelineViews.h"
#include "ProfileEditor.h"
#include "ProfilesPanel.h"
#include "RunView.h"
#include "SessionPresenter.h"
#include "SyntaxHighlighterAdapter.h"
#include "UiText.h"
#include "WindowStateSync.h"
#include "WindowText.h"
#include "launch/BuildAhead.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace bl {

namespace {

constexpr int MaxRecentRuns = 15;

} // namespace

MainWindow::MainWindow(Dialogs *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs ? dialogs : StandardDialogs::instance())
    , m_store(new ProfileStore(ProfileStore::defaultFolder(), ProfileStore::NoLockWait, this)) // a GUI thread never waits
    , m_secrets(new SecretStore(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(UiText::tr("Beam Launcher"));
    setWindowIcon(ownIcon("beam-launcher"));
    setMinimumSize(900, 560);
    m_store->setSecretStore(m_secrets);

    auto *central = new QWidget(this);
    m_goBanner = new GoBanner(central);
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    createActions(); // Build, Launch, Stop, Quit; the profile actions come with the profiles panel
    m_editorPane = new EditorPane(m_dialogs, this);
    m_profiles = new ProfilesPanel(m_store, m_secrets, m_editorPane, m_dialogs, this);
    m_editorPane->setInvitationActions(m_profiles->openFolderAction(), m_profiles->newAction());
    m_output = new OutputPanel(m_dialogs, this);
    m_presenter = new SessionPresenter(m_output, m_secrets, m_dialogs, this);
    m_pipeline = new PipelineViews(editor(), m_output, session(), this);
    // The Graph tab: the pipeline's graph drawn before a run, or a job's own, live.
    m_graphStack = new QStackedWidget(this);
    m_graphStack->setObjectName(QStringLiteral("graphStack"));
    m_graphStack->addWidget(m_pipeline->graph());
    m_jobGraph = new JobGraphView(m_graphStack);
    m_jobGraph->setObjectName(QStringLiteral("jobGraphView"));
    m_graphStack->addWidget(m_jobGraph);
    addOutputTab(m_graphStack, QIcon(), UiText::tr("Graph"));
    m_jobs = new JobsPanel(m_dialogs, this);
    m_jobsTab = addOutputTab(m_jobs, QIcon(), UiText::tr("Jobs"));
    m_notifier = new DesktopNotifier(this);
    connect(m_notifier, &DesktopNotifier::activated, this, &MainWindow::showRun);
    splitter->addWidget(m_profiles);
    splitter->addWidget(m_pipeline->besideEditor(m_editorPane)); // Profile | Options
    splitter->addWidget(m_output);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({190, 470, 700});
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_goBanner);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);
    createMenus();
    m_presenter->addStatusWidgets(statusBar());

    const auto showStatus = [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); };
    connect(m_profiles, &ProfilesPanel::statusMessage, this, showStatus);
    connect(m_output, &OutputPanel::statusMessage, this, showStatus);
    connect(m_presenter, &SessionPresenter::statusMessage, this, showStatus);
    connect(m_profiles, &ProfilesPanel::problem, this, [this](const QString &text) { m_output->setSessionMessage(text, true); });
    connect(m_profiles, &ProfilesPanel::currentChanged, this, &MainWindow::updateActions);
    connect(m_profiles, &ProfilesPanel::currentChanged, this, &MainWindow::updateBuildAhead);
    connect(m_presenter, &SessionPresenter::buildAheadChanged, this, [this](const QIcon &icon, const QString &text) {
        m_profiles->setBuildState(currentProfileId(), icon, text);
    });
    connect(m_profiles, &ProfilesPanel::currentChanged, m_pipeline, &PipelineViews::profileChanged);
    connect(m_profiles, &ProfilesPanel::currentChanged, m_jobs, [this] { m_jobs->setSettings(editor()->settings()); });
    connect(m_pipeline, &PipelineViews::statusMessage, this, showStatus);
    connect(m_profiles, &ProfilesPanel::saveSettled, this, [this] {
        if (std::exchange(m_closeAfterSave, false))
            QTimer::singleShot(0, this, &QWidget::close);
    });
    connect(m_editorPane->editor(), &ProfileEditor::validated, this, &MainWindow::updateActions);
    connect(m_editorPane->editor(), &ProfileEditor::validated, this, &MainWindow::updateBuildAhead);
    connect(m_presenter, &SessionPresenter::busyChanged, this, &MainWindow::updateActions);
    connect(m_presenter, &SessionPresenter::progressChanged, this, &MainWindow::setTaskbarProgress);
    connect(m_presenter, &SessionPresenter::launchEnded, this, &MainWindow::notifyEnd);
    connect(m_presenter, &SessionPresenter::sessionEnded, this, [this] {
        if (m_quitting)
            QTimer::singleShot(0, this, &QWidget::close);
    });
    const auto showJobGraph = [this](const QString &endpoint, const QString &jobId) {
        m_jobGraph->showJob(endpoint, jobId);
        m_graphStack->setCurrentWidget(m_jobGraph);
    };
    connect(session(), &LaunchSession::jobFollowed, this,
            [showJobGraph](const QString &jobId, const QString &endpoint) { showJobGraph(endpoint, jobId); });
    connect(m_jobs, &JobsPanel::jobSelected, this, showJobGraph);
    connect(m_jobGraph, &JobGraphView::backRequested, this,
            [this] { m_graphStack->setCurrentWidget(m_pipeline->graph()); });
    // A new build or launch: the picture from before the run again, until its job is known.
    connect(session(), &LaunchSession::buildStarted, this,
            [this] { m_graphStack->setCurrentWidget(m_pipeline->graph()); });
    connect(session(), &LaunchSession::packageInspected, m_editorPane, &EditorPane::showPackageInfo);
    connect(m_goBanner, &GoBanner::goErrorChanged, this, [this] {
        m_editorPane->setGoAvailable(m_goBanner->goError().isEmpty());
        m_pipeline->setGoAvailable(m_goBanner->goError().isEmpty());
        updateActions();
        updateBuildAhead();
    });
    m_pipeline->followBuilds(m_presenter->buildAhead()->session());
    // What the first launch costs is said until a build or launch has paid it.
    for (LaunchSession *s : {session(), m_presenter->buildAhead()->session()})
        connect(s, &LaunchSession::finished, this, [this] {
            m_goBanner->showFirstLaunchCost(m_presenter->buildAhead()->settings());
        });
    setTabOrder(m_profiles, m_editorPane);
    auto *drop = new FolderDropHandler(this);
    connect(drop, &FolderDropHandler::foldersDropped, this, &MainWindow::addFolders);

    m_goBanner->check();
    m_profiles->load();
    const QString windowIni = m_store->folder() + QStringLiteral("/window.ini");
    m_state = new WindowStateSync(this, windowIni);
    m_buildAheadAction->setChecked(
        QSettings(windowIni, QSettings::IniFormat).value(QStringLiteral("buildAhead"), true).toBool());
    m_presenter->buildAhead()->setEnabled(m_buildAheadAction->isChecked());
    m_presenter->setStallSeconds(QSettings(windowIni, QSettings::IniFormat)
                                     .value(QStringLiteral("stallSeconds"), m_presenter->stallSeconds())
                                     .toInt());
    connect(m_stallAction, &QAction::triggered, this, [this, windowIni] {
        const std::optional<int> seconds = m_dialogs->askNumber(
            this, UiText::tr("Stalled Jobs"),
            UiText::tr("Offer to cancel a job on the local Prism that has been RUNNING with no worker alive and no progress "
               "for this many seconds (0: never):"),
            m_presenter->stallSeconds(), 0, 24 * 3600);
        if (!seconds)
            return;
        QSettings(windowIni, QSettings::IniFormat).setValue(QStringLiteral("stallSeconds"), *seconds);
        m_presenter->setStallSeconds(*seconds);
    });
    m_notifyAction->setChecked(
        QSettings(windowIni, QSettings::IniFormat).value(QStringLiteral("notifyWhenJobEnds"), true).toBool());
    connect(m_notifyAction, &QAction::toggled, this, [this, windowIni](bool on) {
        QSettings(windowIni, QSettings::IniFormat).setValue(QStringLiteral("notifyWhenJobEnds"), on);
        if (!on) { // what shows goes
            m_urgent = false;
            m_notifier->setProgress(DesktopNotifier::Progress::None, 0, false);
        }
    });
    connect(m_buildAheadAction, &QAction::toggled, this, [this, windowIni](bool on) {
        QSettings settings(windowIni, QSettings::IniFormat);
        settings.setValue(QStringLiteral("buildAhead"), on);
        m_presenter->buildAhead()->setEnabled(on);
        updateBuildAhead();
    });
    m_state->addSplitter(splitter);
    for (QSplitter *s : m_output->splitters())
        m_state->addSplitter(s);
    if (const QString last = m_state->restore(); !last.isEmpty())
        m_profiles->selectProfile(last);
    updateActions();
}

MainWindow::~MainWindow()
{
    delete m_state;
}

void MainWindow::createActions()
{
    m_buildAction = new QAction(ownIcon("build"), UiText::tr("&Build"), this);
    m_buildAction->setObjectName(QStringLiteral("buildAction"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_buildAction, &QAction::triggered, this, &MainWindow::build);

    m_launchAction = new QAction(ownIcon("launch"), UiText::tr("&Launch"), this);
    m_launchAction->setObjectName(QStringLiteral("launchAction"));
    m_launchAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_launchAction, &QAction::triggered, this, &MainWindow::launch);

    m_stopAction = new QAction(ownIcon("stop"), UiText::tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_stopAction->setToolTip(UiText::tr("Stop the build or the launched job and everything it started (Shift+F5)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    m_buildAheadAction = new QAction(UiText::tr("Build &Ahead"), this);
    m_buildAheadAction->setObjectName(QStringLiteral("buildAheadAction"));
    m_buildAheadAction->setCheckable(true);
    m_buildAheadAction->setChecked(true);
    m_buildAheadAction->setToolTip(UiText::tr("Keep the shown profile's binaries built while you edit (in the background, at "
                                      "low priority), so that Launch starts them at once"));

    m_stallAction = new QAction(UiText::tr("Stalled Job &Warning…"), this);
    m_stallAction->setObjectName(QStringLiteral("stallAction"));
    m_stallAction->setToolTip(UiText::tr("How long a job on the local Prism may run with no worker and no progress before "
                                 "the window offers to cancel it"));

    m_notifyAction = new QAction(UiText::tr("&Notify When a Job Ends"), this);
    m_notifyAction->setObjectName(QStringLiteral("notifyAction"));
    m_notifyAction->setCheckable(true);
    m_notifyAction->setChecked(true);
    m_notifyAction->setToolTip(UiText::tr("When a launched job ends while this window is not active, say so in a desktop "
                                  "notification; show the launch's progress on the taskbar"));

    m_quitAction = new QAction(UiText::tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(UiText::tr("&File"));
    file->addAction(m_profiles->newAction());
    file->addAction(m_profiles->openFolderAction());
    file->addAction(m_profiles->duplicateAction());
    file->addAction(m_profiles->deleteAction());
    file->addSeparator();
    file->addAction(m_profiles->importAction());
    file->addAction(m_profiles->exportAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(UiText::tr("&Run"));
    run->addAction(m_buildAction);
    run->addAction(m_launchAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    run->addAction(m_buildAheadAction);
    run->addAction(m_stallAction);
    run->addAction(m_notifyAction);
    run->addSeparator();
    m_recentMenu = run->addMenu(UiText::tr("Recent &Runs"));
    m_recentMenu->setObjectName(QStringLiteral("recentRunsMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentRuns);

    QMenu *help = menuBar()->addMenu(UiText::tr("&Help"));
    auto *about = help->addAction(ownIcon("beam-launcher"), UiText::tr("&About Beam Launcher"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(UiText::tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_buildAction);
    toolBar->addAction(m_launchAction);
    toolBar->addAction(m_stopAction);
    toolBar->addSeparator();
    toolBar->addAction(m_profiles->openFolderAction());
    toolBar->addAction(m_profiles->newAction());
}

int MainWindow::addOutputTab(QWidget *panel, const QIcon &icon, const QString &title)
{
    return m_output->addTab(panel, icon, title);
}

ProfileEditor *MainWindow::editor() const
{
    return m_editorPane->editor();
}

LaunchSession *MainWindow::session() const
{
    return m_presenter->session();
}

ProblemsModel *MainWindow::problemsModel() const
{
    return m_output->problemsModel();
}

SourceView *MainWindow::sourceView() const
{
    return m_output->sourceView();
}

OutputPane *MainWindow::runOutput() const
{
    return m_output->runView()->output();
}

BuildJobView *MainWindow::jobView(BuildTarget target) const
{
    return m_output->jobView(target);
}

QString MainWindow::currentProfileId() const
{
    return m_profiles->currentProfileId();
}

bool MainWindow::openFolder(const QString &path)
{
    return m_profiles->openFolder(path);
}

void MainWindow::addFolders(const QStringList &folders)
{
    m_profiles->addFolders(folders);
}

bool MainWindow::saveNow()
{
    return m_profiles->saveNow();
}

bool MainWindow::isBusy() const
{
    return m_presenter->isBusy();
}

void MainWindow::updateActions()
{
    const bool busy = isBusy();
    QString buildWhy;
    QString launchWhy;
    if (!m_goBanner->goError().isEmpty()) {
        buildWhy = launchWhy = UiText::tr("Go is needed: %1").arg(m_goBanner->goError());
    } else if (currentProfileId().isEmpty()) {
        buildWhy = launchWhy = UiText::tr("Drop a pipeline folder on the window or press New Profile first.");
    } else {
        editor()->canBuild(&buildWhy);
        editor()->canLaunch(&launchWhy);
    }
    m_buildAction->setEnabled(!busy && buildWhy.isEmpty());
    m_launchAction->setEnabled(!busy && launchWhy.isEmpty());
    m_stopAction->setEnabled(busy);
    m_buildAction->setToolTip(buildWhy.isEmpty()
                                  ? UiText::tr("Build the launcher and the worker side by side (Ctrl+B)")
                                  : UiText::tr("Cannot build: %1").arg(buildWhy));
    m_launchAction->setToolTip(launchWhy.isEmpty() ? UiText::tr("Build both binaries, then launch the pipeline (F5)")
                                                   : UiText::tr("Cannot launch: %1").arg(launchWhy));
    m_profiles->setBusy(busy);
}

void MainWindow::updateBuildAhead()
{
    QString why;
    const bool buildable = !currentProfileId().isEmpty() && m_goBanner->goError().isEmpty() && editor()->canBuild(&why);
    m_presenter->buildAhead()->setSettings(buildable ? editor()->settings() : LaunchSettings());
    m_goBanner->showFirstLaunchCost(buildable ? editor()->settings() : LaunchSettings());
}

void MainWindow::build()
{
    startSession(LaunchSession::Mode::Build);
}

void MainWindow::launch()
{
    startSession(LaunchSession::Mode::Launch);
}

void MainWindow::startSession(LaunchSession::Mode mode)
{
    if (isBusy() || currentProfileId().isEmpty())
        return;
    saveNow();
    const Profile profile = editor()->profile();
    const bool building = mode == LaunchSession::Mode::Build;
    QString why;
    if (!(building ? editor()->canBuild(&why) : editor()->canLaunch(&why))) {
        m_output->setSessionMessage((building ? UiText::tr("Cannot build: %1") : UiText::tr("Cannot launch: %1")).arg(why), true);
        return;
    }
    if (!m_goBanner->goError().isEmpty()) {
        m_output->setSessionMessage(UiText::tr("Go is needed: %1").arg(m_goBanner->goError()), true);
        return;
    }
    if (!m_profiles->mayRun(&why)) {
        m_output->setSessionMessage((building ? UiText::tr("Cannot build: %1") : UiText::tr("Cannot launch: %1")).arg(why), true);
        return;
    }
    m_presenter->start(mode, profile.settings, profile.id, profile.name);
}

void MainWindow::stop()
{
    if (m_presenter->canLeaveJobRunning()) { // a job on a job service: cancel it there, or leave it
        const int choice = m_dialogs->askChoice(
            this, UiText::tr("Stop the job"),
            UiText::tr("%1 is running. Cancel it on the runner, or leave it running there and stop only the launcher?")
                .arg(m_presenter->jobDescription()),
            {UiText::tr("Cancel the job"), UiText::tr("Leave it running"), UiText::tr("Keep watching")});
        if (choice == 1)
            m_presenter->stopLeavingJob();
        if (choice != 0)
            return;
    }
    m_presenter->stop();
}

void MainWindow::populateRecentRuns()
{
    m_recentMenu->clear();
    const QList<RunRecord> runs = m_presenter->recentRuns();
    if (runs.isEmpty()) {
        m_recentMenu->addAction(UiText::tr("No runs yet"))->setEnabled(false);
        return;
    }
    for (qsizetype i = 0; i < runs.size() && i < MaxRecentRuns; ++i) {
        const RunRecord run = runs.at(i);
        const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        const QString result = run.exitCode == 0 ? UiText::tr("ok") : UiText::tr("exit %1").arg(run.exitCode);
        QAction *action = m_recentMenu->addAction(
            UiText::tr("Run again: %1 (%2, %3, %4)")
                .arg(run.profileName.isEmpty() ? QFileInfo(run.settings.packageDir).fileName() : run.profileName, when,
                     run.settings.runner, result));
        action->setToolTip(UiText::tr("Log: %1").arg(QDir::toNativeSeparators(run.logFile)));
        action->setEnabled(!isBusy());
        connect(action, &QAction::triggered, this, [this, run] { runAgain(run); });
    }
}

void MainWindow::runAgain(const RunRecord &record)
{
    if (isBusy())
        return;
    if (!record.profileId.isEmpty())
        m_profiles->selectProfile(record.profileId);
    if (!m_goBanner->goError().isEmpty()) {
        m_output->setSessionMessage(UiText::tr("Go is needed: %1").arg(m_goBanner->goError()), true);
        return;
    }
    m_presenter->start(LaunchSession::Mode::Launch, record.settings, record.profileId, record.profileName);
}

void MainWindow::showAbout()
{
    QString highlighter;
    {
        QTextDocument document;
        if (SyntaxHighlighterAdapter *adapter = createGoHighlighter(&document))
            highlighter = adapter->engineName();
    }
    const QString goVersion = m_goBanner->goVersion();
    const QString text =
        UiText::tr("<h3>Beam Launcher %1</h3>"
           "<p>Builds an Apache Beam Go pipeline for your computer and for the runner's workers at the same time, "
           "checks both binaries and launches the pipeline.</p>"
           "<p>Qt %2 (built with %3)<br>Go: %4<br>Highlighting: %5</p>"
           "<p>Licensed under the Apache License 2.0.</p>")
            .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(BEAM_LAUNCHER_VERSION)
                                                                  : QCoreApplication::applicationVersion(),
                 QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 !goVersion.isEmpty() ? goVersion.toHtmlEscaped()
                                      : (m_goBanner->goError().isEmpty() ? UiText::tr("checking…") : UiText::tr("not found")),
                 highlighter);
    m_dialogs->showInformation(this, UiText::tr("About Beam Launcher"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        if (m_quitting) { // already stopping; the window closes when the session ends
            event->ignore();
            return;
        }
        bool leave = false;
        if (m_presenter->canLeaveJobRunning()) {
            const int choice = m_dialogs->askChoice(
                this, UiText::tr("Quit Beam Launcher"),
                UiText::tr("%1 is running. Cancel it on the runner and quit, or leave it running there and quit?")
                    .arg(m_presenter->jobDescription()),
                {UiText::tr("Cancel the job and quit"), UiText::tr("Leave it running and quit"), UiText::tr("Don't quit")});
            if (choice != 0 && choice != 1) {
                event->ignore();
                return;
            }
            leave = choice == 1;
        } else if (!m_dialogs->askYesNo(this, UiText::tr("Quit Beam Launcher"),
                                        UiText::tr("A job is still running. Stop it and everything it started, and quit?"))) {
            event->ignore();
            return;
        }
        m_quitting = true;
        event->ignore();
        if (leave)
            m_presenter->stopLeavingJob();
        else
            m_presenter->stop();
        if (!isBusy())
            QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    if (m_profiles->hasUnsavedEdits())
        saveNow();
    if (m_profiles->hasUnsavedEdits()) { // closes once the profile is saved: nothing typed is lost
        m_closeAfterSave = true;
        event->ignore();
        return;
    }
    m_editorPane->cancelInspection();
    m_pipeline->cancel();
    m_goBanner->cancel();
    m_state->save(currentProfileId());
    event->accept();
}

void MainWindow::setTaskbarProgress(double fraction)
{
    if (!m_notifyAction->isChecked()) // the setting is off: nothing shows
        return;
    if (fraction > -1.5)
        m_urgent = false;
    m_notifier->setProgress(fraction < -1.5 ? DesktopNotifier::Progress::None
                            : fraction < 0  ? DesktopNotifier::Progress::Busy
                                            : DesktopNotifier::Progress::Fraction,
                            std::max(fraction, 0.0), m_urgent);
}

void MainWindow::notifyEnd(const LaunchEnd &end)
{
    const bool active = isActiveWindow() && QGuiApplication::applicationState() == Qt::ApplicationActive;
    if (!m_notifyAction->isChecked() || active)
        return;
    const bool failed = end.state == QLatin1String("FAILED");
    m_urgent = failed;
    setTaskbarProgress(-2);
    const QString name = end.profileName.isEmpty() ? UiText::tr("Beam Launcher") : end.profileName;
    QString body = UiText::tr("Took %1.").arg(windowSeconds(end.elapsedMs));
    if (!end.jobId.isEmpty())
        body = UiText::tr("Job %1. %2").arg(end.jobId, body);
    if (failed && !end.firstError.isEmpty())
        body += u'\n' + end.firstError;
    m_notifiedJobs.insert(end.serial, end.jobId);
    m_notifier->notify(UiText::tr("%1: %2").arg(name, end.state), body, failed, end.serial);
    if (failed)
        QApplication::alert(this);
}

void MainWindow::showRun(quint64 serial)
{
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    const QString jobId = m_notifiedJobs.value(serial);
    if (serial == m_presenter->serial() || jobId.isEmpty()) { // the run the Run tab shows
        m_output->showTab(OutputPanel::RunTab);
    } else if (m_jobs->selectJob(jobId)) { // a later run is shown there: its job in the Jobs tab
        m_output->showTab(m_jobsTab);
    } else {
        m_output->showTab(OutputPanel::RunTab);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && std::exchange(m_urgent, false))
        m_notifier->setProgress(DesktopNotifier::Progress::None, 0, false);
}

} // namespace bl
