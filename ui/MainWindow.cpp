// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "MainWindow.h"

#include "BuildJobView.h"
#include "Dialogs.h"
#include "DropArea.h"
#include "OutputPane.h"
#include "PaletteColors.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "ProfileEditor.h"
#include "SourceView.h"
#include "SyntaxHighlighterAdapter.h"
#include "UiLogging.h"
#include "go/GoToolchain.h"
#include "go/PackageProbe.h"
#include "launch/Paths.h"
#include "profiles/ProfileStore.h"
#include "profiles/StarterProfile.h"
#include "profiles/ProfileSaver.h"
#include "profiles/SecretResolver.h"
#include "profiles/SecretStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace bl {

namespace {

constexpr int IdRole = Qt::UserRole;
constexpr int MaxRecentRuns = 15;
enum Tab { BuildTab, ProblemsTab, RunTab };

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/beam-launcher/icons/%1.svg").arg(QLatin1String(name)));
}

QString seconds(qint64 ms)
{
    return MainWindow::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

MainWindow::MainWindow(Dialogs *dialogs, QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(dialogs ? dialogs : StandardDialogs::instance())
    , m_store(new ProfileStore(this))
    , m_secrets(new SecretStore(this))
    , m_resolver(new SecretResolver(m_secrets, this))
    , m_saver(new ProfileSaver(m_store, this))
    , m_runs(ProfileStore::defaultFolder())
    , m_session(new LaunchSession(this))
    , m_probe(new PackageProbe(this))
    , m_toolchain(new GoToolchain(this))
    , m_saveTimer(new QTimer(this))
    , m_probeTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Beam Launcher"));
    setWindowIcon(icon("beam-launcher"));
    setMinimumSize(900, 560);

    m_store->setSecretStore(m_secrets);
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(500);
    connect(m_saveTimer, &QTimer::timeout, this, [this] { saveNow(); });
    m_probeTimer->setSingleShot(true);
    m_probeTimer->setInterval(300);
    connect(m_probeTimer, &QTimer::timeout, this, &MainWindow::inspectPackage);
    m_statusTimer->setInterval(250);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    createActions();
    createWidgets();
    connectSession();

    connect(m_probe, &PackageProbe::inspected, this, [this](const QString &dir, const PackageInfo &info) {
        if (dir == m_editor->packageDir())
            m_editor->showPackageInfo(info);
    });
    connect(m_probe, &PackageProbe::failed, this, [this](const QString &dir, const QString &message) {
        if (dir == m_editor->packageDir())
            m_editor->showPackageError(message);
    });

    auto *drop = new FolderDropHandler(this);
    connect(drop, &FolderDropHandler::foldersDropped, this, &MainWindow::addFolders);

    connect(m_saver, &ProfileSaver::saved, this, &MainWindow::onProfileSaved);
    connect(m_saver, &ProfileSaver::failed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("The profile was not saved: %1").arg(error), 10000);
        if (std::exchange(m_closeAfterSave, false))
            QTimer::singleShot(0, this, &QWidget::close);
    });
    connect(m_store, &ProfileStore::changed, this, &MainWindow::refreshProfileList);
    connect(m_store, &ProfileStore::warning, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    QString error;
    if (!m_store->load(&error))
        setSessionMessage(tr("Profiles cannot be saved: %1").arg(error), true);
    for (const ProfileStore::LoadProblem &problem : m_store->loadProblems())
        statusBar()->showMessage(problem.message(), 10000);
    // A first start gets a profile that works in one click: the bundled Beam sample on Prism.
    if (StarterProfile::offerOnce(*m_store, Paths::sampleFolder(), &error))
        statusBar()->showMessage(tr("Try the sample: select \"%1\" and press Launch.").arg(StarterProfile::name()), 15000);

    checkGo();
    refreshProfileList();
    restoreWindowState();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::settingsFile() const
{
    return m_store->folder() + QStringLiteral("/window.ini");
}

void MainWindow::createActions()
{
    m_newAction = new QAction(icon("note"), tr("&New Profile"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start a new profile (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, [this] { createProfile(QString()); });

    m_openFolderAction = new QAction(icon("folder-open"), tr("&Open Pipeline Folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFolderAction->setToolTip(tr("Choose a pipeline folder and make a profile for it (Ctrl+O)"));
    connect(m_openFolderAction, &QAction::triggered, this, [this] {
        const QString dir = m_dialogs->chooseFolder(this, tr("Choose the pipeline's package folder"), QDir::homePath());
        if (!dir.isEmpty())
            openFolder(dir);
    });

    m_deleteAction = new QAction(icon("clear"), tr("&Delete Profile"), this);
    m_deleteAction->setToolTip(tr("Delete the selected profile and its secrets"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::deleteProfile);

    m_duplicateAction = new QAction(tr("D&uplicate Profile"), this);
    m_duplicateAction->setObjectName(QStringLiteral("duplicateAction"));
    m_duplicateAction->setToolTip(tr("Copy the selected profile, its secrets included"));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::duplicateProfile);

    m_exportAction = new QAction(icon("save"), tr("&Export Profile…"), this);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setToolTip(tr("Write the selected profile to a file to share it: secret values are left out"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportProfile);

    m_importAction = new QAction(tr("&Import Profile…"), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setToolTip(tr("Add a profile from a file someone shared"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importProfile);

    m_buildAction = new QAction(icon("build"), tr("&Build"), this);
    m_buildAction->setObjectName(QStringLiteral("buildAction"));
    m_buildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_buildAction, &QAction::triggered, this, &MainWindow::build);

    m_launchAction = new QAction(icon("launch"), tr("&Launch"), this);
    m_launchAction->setObjectName(QStringLiteral("launchAction"));
    m_launchAction->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    connect(m_launchAction, &QAction::triggered, this, &MainWindow::launch);

    m_stopAction = new QAction(icon("stop"), tr("&Stop"), this);
    m_stopAction->setObjectName(QStringLiteral("stopAction"));
    m_stopAction->setShortcuts({QKeySequence(Qt::SHIFT | Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_Period)});
    m_stopAction->setToolTip(tr("Stop the build or the launched job and everything it started (Shift+F5)"));
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stop);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openFolderAction);
    file->addAction(m_duplicateAction);
    file->addAction(m_deleteAction);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_buildAction);
    run->addAction(m_launchAction);
    run->addAction(m_stopAction);
    run->addSeparator();
    m_recentMenu = run->addMenu(tr("Recent &Runs"));
    m_recentMenu->setObjectName(QStringLiteral("recentRunsMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentRuns);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *about = help->addAction(icon("beam-launcher"), tr("&About Beam Launcher"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_buildAction);
    toolBar->addAction(m_launchAction);
    toolBar->addAction(m_stopAction);
    toolBar->addSeparator();
    toolBar->addAction(m_openFolderAction);
    toolBar->addAction(m_newAction);
}

QWidget *MainWindow::createEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("emptyPage"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *logo = new QLabel(page);
    logo->setPixmap(icon("beam-launcher").pixmap(96, 96));
    logo->setAlignment(Qt::AlignCenter);
    layout->addWidget(logo);
    auto *title = new QLabel(tr("Launch a Beam Go pipeline"), page);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto *text = new QLabel(tr("Drop your pipeline's folder anywhere on this window,\nor choose it here. Beam Launcher "
                               "builds the launcher for this computer\nand the worker for Linux, checks both, and "
                               "runs your pipeline."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *open = new QPushButton(icon("folder-open"), tr("Open Pipeline Folder…"), page);
    open->setObjectName(QStringLiteral("emptyOpenButton"));
    connect(open, &QPushButton::clicked, m_openFolderAction, &QAction::trigger);
    auto *create = new QPushButton(icon("note"), tr("New Profile"), page);
    connect(create, &QPushButton::clicked, m_newAction, &QAction::trigger);
    buttons->addWidget(open);
    buttons->addWidget(create);
    buttons->addStretch(1);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

void MainWindow::createWidgets()
{
    // Profiles
    auto *profilesPanel = new QWidget(this);
    auto *profilesLayout = new QVBoxLayout(profilesPanel);
    profilesLayout->setContentsMargins(6, 6, 0, 6);
    auto *profilesTitle = new QLabel(tr("&Profiles"), profilesPanel);
    m_profileList = new QListWidget(profilesPanel);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Profiles"));
    m_profileList->setToolTip(tr("Your saved launch set-ups. Drop a pipeline folder to add one."));
    m_profileList->setMinimumWidth(150);
    profilesTitle->setBuddy(m_profileList);
    connect(m_profileList, &QListWidget::currentItemChanged, this, &MainWindow::onProfileSelected);
    m_profileList->addAction(m_deleteAction);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_profileList->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *profileButtons = new QHBoxLayout;
    auto *newButton = new QPushButton(icon("note"), tr("New"), profilesPanel);
    newButton->setToolTip(m_newAction->toolTip());
    newButton->setAccessibleName(tr("New profile"));
    connect(newButton, &QPushButton::clicked, m_newAction, &QAction::trigger);
    auto *deleteButton = new QPushButton(icon("clear"), tr("Delete"), profilesPanel);
    deleteButton->setAccessibleName(tr("Delete profile"));
    deleteButton->setToolTip(m_deleteAction->toolTip());
    connect(deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    profileButtons->addWidget(newButton);
    profileButtons->addWidget(deleteButton);
    profilesLayout->addWidget(profilesTitle);
    profilesLayout->addWidget(m_profileList, 1);
    profilesLayout->addLayout(profileButtons);

    // Editor, or an invitation when there is nothing to edit
    m_editor = new ProfileEditor(this);
    m_editor->setDialogs(m_dialogs);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("editorScroll"));
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(scroll, 1);
    QWidget *preview = m_editor->takeCommandPreview();
    preview->setParent(editorPage);
    editorLayout->addWidget(preview);
    m_editorStack = new QStackedWidget(this);
    m_editorStack->addWidget(createEmptyPage());
    m_editorStack->addWidget(editorPage);
    m_editorStack->setMinimumWidth(380);
    connect(m_editor, &ProfileEditor::edited, this, &MainWindow::onEdited);
    connect(m_editor, &ProfileEditor::validated, this, &MainWindow::updateActions);
    connect(m_editor, &ProfileEditor::packageDirChanged, this, [this] {
        m_probe->cancel();
        m_probeTimer->start();
    });

    // Output: build jobs, problems, run
    m_outputTabs = new QTabWidget(this);
    m_outputTabs->setObjectName(QStringLiteral("outputTabs"));
    m_outputTabs->setDocumentMode(true);

    m_jobsSplitter = new QSplitter(Qt::Horizontal, this);
    m_jobsSplitter->setObjectName(QStringLiteral("jobsSplitter"));
    for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker}) {
        auto *view = new BuildJobView(target, m_jobsSplitter);
        m_jobs[int(target)] = view;
        m_jobsSplitter->addWidget(view);
        connect(view->output(), &OutputPane::fileLinkActivated, this, &MainWindow::openSource);
        view->output()->setDialogs(m_dialogs);
    }
    m_outputTabs->addTab(m_jobsSplitter, icon("build"), tr("Build"));

    m_problems = new ProblemsModel(this);
    m_problemsView = new ProblemsView(this);
    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setAccessibleName(tr("Problems"));
    m_problemsView->setModel(m_problems);
    m_sourceView = new SourceView(this);
    m_sourceView->setObjectName(QStringLiteral("sourceView"));
    m_sourceView->setAccessibleName(tr("Source"));
    m_problemsSplitter = new QSplitter(Qt::Vertical, this);
    m_problemsSplitter->setObjectName(QStringLiteral("problemsSplitter"));
    m_problemsSplitter->addWidget(m_problemsView);
    m_problemsSplitter->addWidget(m_sourceView);
    m_problemsSplitter->setStretchFactor(0, 1);
    m_problemsSplitter->setStretchFactor(1, 2);
    connect(m_problemsView, &ProblemsView::diagnosticActivated, this,
            [this](const Diagnostic &d) { openSource(d.file, d.line, d.column); });
    m_outputTabs->addTab(m_problemsSplitter, icon("error"), tr("Problems"));

    auto *runPage = new QWidget(this);
    auto *runLayout = new QVBoxLayout(runPage);
    runLayout->setContentsMargins(4, 4, 4, 4);
    m_runHeader = new QLabel(tr("Nothing launched yet. Press Launch (F5): it builds both binaries first."), runPage);
    m_runHeader->setObjectName(QStringLiteral("runHeader"));
    m_runHeader->setWordWrap(true);
    m_runHeader->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_runPane = new OutputPane(runPage);
    m_runPane->setObjectName(QStringLiteral("runOutput"));
    m_runPane->setAccessibleName(tr("Run output"));
    m_runPane->setDialogs(m_dialogs);
    connect(m_runPane, &OutputPane::fileLinkActivated, this, &MainWindow::openSource);
    m_jobLabel = new QLabel(runPage);
    m_jobLabel->setObjectName(QStringLiteral("jobStatus"));
    m_jobLabel->setAccessibleName(tr("Job status"));
    m_jobLabel->setTextFormat(Qt::RichText);
    m_jobLabel->setOpenExternalLinks(true);
    m_jobLabel->setToolTip(tr("The job's id and state as the launcher reports them, and the runner's web page when it has one."));
    m_jobLabel->hide();
    runLayout->addWidget(m_runHeader);
    runLayout->addWidget(m_jobLabel);
    runLayout->addWidget(m_runPane, 1);
    m_outputTabs->addTab(runPage, icon("launch"), tr("Run"));

    auto *outputPanel = new QWidget(this);
    auto *outputLayout = new QVBoxLayout(outputPanel);
    outputLayout->setContentsMargins(0, 6, 6, 0);
    m_sessionMessage = new QLabel(outputPanel);
    m_sessionMessage->setObjectName(QStringLiteral("sessionMessage"));
    m_sessionMessage->setWordWrap(true);
    m_sessionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionMessage->setVisible(false);
    m_sessionMessage->setTextFormat(Qt::RichText);
    outputLayout->addWidget(m_sessionMessage);
    outputLayout->addWidget(m_outputTabs, 1);
    outputPanel->setMinimumWidth(360);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(profilesPanel);
    m_mainSplitter->addWidget(m_editorStack);
    m_mainSplitter->addWidget(outputPanel);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setStretchFactor(2, 2);
    m_mainSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setSizes({190, 470, 700});

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    m_goBanner = new QLabel(central);
    m_goBanner->setObjectName(QStringLiteral("goBanner"));
    m_goBanner->setWordWrap(true);
    m_goBanner->setVisible(false);
    m_goBanner->setMargin(8);
    m_goBanner->setAutoFillBackground(true);
    m_goBanner->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_goBanner->setOpenExternalLinks(true);
    centralLayout->addWidget(m_goBanner);
    centralLayout->addWidget(m_mainSplitter, 1);
    setCentralWidget(central);

    m_stateLabel = new QLabel(tr("Ready"), this);
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_elapsedLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    statusBar()->addPermanentWidget(m_stateLabel);
    statusBar()->addPermanentWidget(m_elapsedLabel);
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::restoreWindowState()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_jobsSplitter->restoreState(settings.value(QStringLiteral("window/jobsSplitter")).toByteArray());
    m_problemsSplitter->restoreState(settings.value(QStringLiteral("window/problemsSplitter")).toByteArray());
    const QString last = settings.value(QStringLiteral("profiles/current")).toString();
    if (!last.isEmpty())
        selectProfile(last);
}

void MainWindow::saveWindowState()
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/jobsSplitter"), m_jobsSplitter->saveState());
    settings.setValue(QStringLiteral("window/problemsSplitter"), m_problemsSplitter->saveState());
    settings.setValue(QStringLiteral("profiles/current"), currentProfileId());
}

void MainWindow::checkGo()
{
    QString error;
    const QString go = GoToolchain::locate(QString(), &error);
    if (go.isEmpty()) {
        m_goError = error;
        const PaletteColors colors = PaletteColors::from(palette());
        QPalette p = m_goBanner->palette();
        p.setColor(QPalette::Window, PaletteColors::mix(p.color(QPalette::Window), colors.error, 0.18));
        m_goBanner->setPalette(p);
        m_goBanner->setText(tr("<b>Go was not found.</b> %1<br>Install Go 1.%2 or newer from "
                               "<a href=\"https://go.dev/dl/\">go.dev/dl</a> and start Beam Launcher again. You can "
                               "still edit profiles; Build and Launch need Go.")
                                .arg(error.toHtmlEscaped())
                                .arg(GoToolchain::MinimumMinor));
        m_goBanner->setVisible(true);
        return;
    }
    connect(m_toolchain, &GoToolchain::ready, this, [this] { m_goVersion = m_toolchain->env().goVersion; });
    connect(m_toolchain, &GoToolchain::failed, this, [this](const QString &message) {
        m_goError = message;
        m_goBanner->setText(message.toHtmlEscaped());
        m_goBanner->setVisible(true);
        updateActions();
    });
    m_toolchain->probe(go, QProcessEnvironment::systemEnvironment());
}

QString MainWindow::currentProfileId() const
{
    return m_editorStack->currentIndex() == 1 ? m_editor->profileId() : QString();
}

BuildJobView *MainWindow::jobView(BuildTarget target) const
{
    return m_jobs[int(target)];
}

void MainWindow::refreshProfileList()
{
    const QString current = m_shownProfileId;
    const QList<Profile> profiles = m_store->profiles();
    const bool blocked = m_profileList->blockSignals(true);
    m_profileList->clear();
    for (const Profile &profile : profiles) {
        auto *item = new QListWidgetItem(profile.name, m_profileList);
        item->setData(IdRole, profile.id);
        item->setToolTip(QDir::toNativeSeparators(profile.settings.packageDir));
        if (profile.id == current)
            m_profileList->setCurrentItem(item);
    }
    m_profileList->blockSignals(blocked);
    if (profiles.isEmpty()) {
        m_shownProfileId.clear();
        m_editorStack->setCurrentIndex(0);
    } else if (!m_profileList->currentItem()) {
        m_profileList->setCurrentRow(0); // the shown profile went away: show another
    }
    updateActions();
}

void MainWindow::selectProfile(const QString &id)
{
    for (int row = 0; row < m_profileList->count(); ++row) {
        if (m_profileList->item(row)->data(IdRole).toString() == id) {
            m_profileList->setCurrentRow(row);
            return;
        }
    }
}

void MainWindow::onProfileSelected()
{
    QListWidgetItem *item = m_profileList->currentItem();
    const QString id = item ? item->data(IdRole).toString() : QString();
    if (id == m_shownProfileId)
        return;
    if (m_saveTimer->isActive())
        saveNow();
    const auto profile = m_store->findById(id);
    if (!profile) {
        m_shownProfileId.clear();
        m_editorStack->setCurrentIndex(0);
        updateActions();
        return;
    }
    m_shownProfileId = id;
    m_editor->setProfile(*profile);
    m_editorStack->setCurrentIndex(1);
    m_probe->cancel();
    inspectPackage();
    updateActions();
}

QString MainWindow::createProfile(const QString &folder)
{
    if (m_saveTimer->isActive())
        saveNow();
    Profile profile;
    const QString base = folder.isEmpty() ? tr("New pipeline") : QFileInfo(folder).fileName();
    profile.name = m_store->uniqueName(base.isEmpty() ? tr("Pipeline") : base);
    profile.settings.packageDir = folder;
    QString error;
    if (!m_store->save(profile, &error)) {
        m_dialogs->showWarning(this, tr("Cannot create the profile"), error);
        return {};
    }
    refreshProfileList();
    selectProfile(profile.id);
    return profile.id;
}

bool MainWindow::openFolder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        statusBar()->showMessage(tr("%1 does not exist.").arg(QDir::toNativeSeparators(path)), 8000);
        return false;
    }
    const QString folder = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
    return !createProfile(folder).isEmpty();
}

void MainWindow::addFolders(const QStringList &folders)
{
    if (folders.isEmpty())
        return;
    if (folders.size() == 1) {
        // An empty profile on screen is what the user is filling in: complete it.
        if (!currentProfileId().isEmpty() && m_editor->packageDir().isEmpty()) {
            m_editor->setPackageDir(folders.first());
            saveNow();
            return;
        }
        openFolder(folders.first());
        return;
    }
    QStringList names;
    for (const QString &folder : folders)
        names << QDir::toNativeSeparators(folder);
    if (!m_dialogs->askYesNo(this, tr("Several folders"),
                             tr("Make one new profile for each of these %n folder(s)?\n\n%1", nullptr, int(folders.size()))
                                 .arg(names.join(u'\n'))))
        return;
    for (const QString &folder : folders)
        openFolder(folder);
}

void MainWindow::deleteProfile()
{
    const QString id = currentProfileId();
    if (id.isEmpty())
        return;
    const auto profile = m_store->findById(id);
    if (!profile)
        return;
    if (!m_dialogs->askYesNo(this, tr("Delete profile"),
                             tr("Delete the profile \"%1\"? Its secrets are removed from the keychain too.")
                                 .arg(profile->name)))
        return;
    m_saveTimer->stop();
    QString error;
    if (!m_store->remove(id, &error))
        m_dialogs->showWarning(this, tr("Cannot delete the profile"), error);
    m_shownProfileId.clear();
    refreshProfileList();
}

void MainWindow::duplicateProfile()
{
    const QString id = currentProfileId();
    if (id.isEmpty() || !saveNow())
        return;
    QString error;
    const auto copy = m_store->duplicate(id, &error);
    if (!copy) {
        m_dialogs->showWarning(this, tr("Cannot duplicate the profile"), error);
        return;
    }
    refreshProfileList();
    selectProfile(copy->id);
}

void MainWindow::exportProfile()
{
    const QString id = currentProfileId();
    if (id.isEmpty() || !saveNow())
        return;
    const auto profile = m_store->findById(id);
    if (!profile)
        return;
    const QString file = m_dialogs->chooseSaveFile(this, tr("Export profile"),
                                                   QDir::home().filePath(profile->name + QStringLiteral(".json")),
                                                   tr("Beam Launcher profiles (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    if (!m_store->exportTo(id, file, &error)) {
        m_dialogs->showWarning(this, tr("Cannot export the profile"), error);
        return;
    }
    const QStringList secrets = profile->secretNames();
    statusBar()->showMessage(secrets.isEmpty()
                                 ? tr("Exported to %1.").arg(QDir::toNativeSeparators(file))
                                 : tr("Exported to %1 without the values of its secrets (%2).")
                                       .arg(QDir::toNativeSeparators(file), secrets.join(QStringLiteral(", "))),
                             10000);
}

void MainWindow::importProfile()
{
    const QString file = m_dialogs->chooseOpenFile(this, tr("Import profile"), QDir::homePath(),
                                                   tr("Beam Launcher profiles (*.json)"));
    if (file.isEmpty())
        return;
    QString error;
    const auto imported = m_store->importFrom(file, &error);
    if (!imported) {
        m_dialogs->showWarning(this, tr("Cannot import the profile"), error);
        return;
    }
    refreshProfileList();
    selectProfile(imported->profile.id);
    if (!imported->secretsNeeded.isEmpty())
        m_dialogs->showInformation(this, tr("Secrets needed"),
                                   tr("The profile \"%1\" needs values for its secrets %2. Type them into the "
                                      "Environment variables table: they are kept in your keychain, not in the "
                                      "profile.")
                                       .arg(imported->profile.name, imported->secretsNeeded.join(QStringLiteral(", "))));
}

void MainWindow::onEdited()
{
    m_saveTimer->start();
    updateActions();
}

bool MainWindow::saveNow()
{
    m_saveTimer->stop();
    const QString id = currentProfileId();
    if (id.isEmpty())
        return false;
    Profile profile = m_editor->profile();
    if (profile.name.isEmpty()) {
        m_editor->setNameProblem(tr("Give the profile a name."));
        return false;
    }
    if (m_store->isNameTaken(profile.name, profile.id)) {
        m_editor->setNameProblem(tr("Another profile is called \"%1\": choose another name.").arg(profile.name));
        return false;
    }
    m_editor->setNameProblem(QString());
    m_typedSecrets.insert(profile.id, m_editor->typedSecrets());
    // Never waits for another instance's lock: a busy lock is tried again on a timer.
    switch (m_saver->save(profile)) {
    case ProfileSaver::Outcome::Saved:
        return true;
    case ProfileSaver::Outcome::Pending:
        statusBar()->showMessage(tr("Another Beam Launcher is saving profiles: this one is saved right after it."), 5000);
        return false;
    case ProfileSaver::Outcome::Failed:
        return false;
    }
    return false;
}

void MainWindow::onProfileSaved(const Profile &profile)
{
    // Secret values typed in the editor go to the keychain, only there.
    const QMap<QString, QString> secrets = m_typedSecrets.take(profile.id);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const QString key = SecretStore::keyFor(profile.id, it.key());
        if (m_writtenSecrets.value(key) == it.value())
            continue;
        m_writtenSecrets.insert(key, it.value());
        const QString name = it.key();
        m_secrets->write(profile.id, name, it.value(), [this, key, name](const SecretStore::Result &result) {
            if (result.ok())
                return;
            m_writtenSecrets.remove(key);
            setSessionMessage(tr("The secret %1 was not saved in the keychain: %2").arg(name, result.message), true);
        });
    }
    const QList<QListWidgetItem *> items = m_profileList->findItems(QStringLiteral("*"), Qt::MatchWildcard);
    for (QListWidgetItem *item : items) {
        if (item->data(IdRole).toString() == profile.id) {
            item->setText(profile.name);
            item->setToolTip(QDir::toNativeSeparators(profile.settings.packageDir));
        }
    }
    if (m_closeAfterSave && !m_saver->isPending())
        QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::inspectPackage()
{
    const QString dir = m_editor->packageDir();
    if (dir.isEmpty() || !QFileInfo(dir).isDir() || !m_goError.isEmpty()) {
        m_probe->cancel();
        return;
    }
    m_editor->showPackageInspecting();
    m_probe->inspect(dir);
}

bool MainWindow::isBusy() const
{
    return m_session->isRunning() || m_resolver->isPending();
}

void MainWindow::updateActions()
{
    const bool busy = isBusy();
    const bool hasProfile = !currentProfileId().isEmpty();
    QString buildWhy;
    QString launchWhy;
    if (!m_goError.isEmpty()) {
        buildWhy = launchWhy = tr("Go is needed: %1").arg(m_goError);
    } else if (!hasProfile) {
        buildWhy = launchWhy = tr("Drop a pipeline folder on the window or press New Profile first.");
    } else {
        m_editor->canBuild(&buildWhy);
        m_editor->canLaunch(&launchWhy);
    }
    m_buildAction->setEnabled(!busy && buildWhy.isEmpty());
    m_launchAction->setEnabled(!busy && launchWhy.isEmpty());
    m_stopAction->setEnabled(busy);
    m_buildAction->setToolTip(buildWhy.isEmpty()
                                  ? tr("Build the launcher and the worker side by side (Ctrl+B)")
                                  : tr("Cannot build: %1").arg(buildWhy));
    m_launchAction->setToolTip(launchWhy.isEmpty() ? tr("Build both binaries, then launch the pipeline (F5)")
                                                   : tr("Cannot launch: %1").arg(launchWhy));
    m_deleteAction->setEnabled(hasProfile && !busy);
    m_duplicateAction->setEnabled(hasProfile && !busy);
    m_exportAction->setEnabled(hasProfile);
}

void MainWindow::build()
{
    if (isBusy() || currentProfileId().isEmpty())
        return;
    saveNow();
    const Profile profile = m_editor->profile();
    QString why;
    if (!m_editor->canBuild(&why)) {
        setSessionMessage(tr("Cannot build: %1").arg(why), true);
        return;
    }
    startSession(LaunchSession::Mode::Build, profile.settings, profile.id, profile.name);
}

void MainWindow::launch()
{
    if (isBusy() || currentProfileId().isEmpty())
        return;
    saveNow();
    const Profile profile = m_editor->profile();
    QString why;
    if (!m_editor->canLaunch(&why)) {
        setSessionMessage(tr("Cannot launch: %1").arg(why), true);
        return;
    }
    startSession(LaunchSession::Mode::Launch, profile.settings, profile.id, profile.name);
}

void MainWindow::stop()
{
    if (m_resolver->isPending()) {
        m_resolver->cancel();
        setSessionMessage(tr("Stopped before the launch."), false);
        updateActions();
        updateStatus();
    }
    m_session->cancel();
}

void MainWindow::startSession(LaunchSession::Mode mode, LaunchSettings settings, const QString &profileId,
                              const QString &profileName)
{
    if (!m_goError.isEmpty()) {
        setSessionMessage(tr("Go is needed: %1").arg(m_goError), true);
        return;
    }
    // Secret values come from the keychain, unless typed in the editor just now.
    const QStringList missing = SecretResolver::missing(settings);
    if (missing.isEmpty() || mode == LaunchSession::Mode::Build) {
        begin(mode, settings, profileId, profileName);
        return;
    }
    if (profileId.isEmpty()) {
        m_dialogs->showWarning(this, tr("Secrets missing"),
                               tr("The secret variables %1 have no value.").arg(missing.join(QStringLiteral(", "))));
        return;
    }
    setSessionMessage(tr("Reading secrets from the keychain…"), false);
    m_resolver->resolve(profileId, settings, [=](const SecretResolver::Outcome &outcome) {
        if (outcome.ok()) {
            begin(mode, outcome.settings, profileId, profileName);
            return;
        }
        QStringList problems;
        for (const SecretResolver::Failure &failure : outcome.failures) {
            if (failure.status == SecretStore::Status::NotFound)
                problems << tr("The secret %1 has no value in the keychain: type its value in the "
                               "environment table.").arg(failure.name);
            else
                problems << tr("The secret %1 could not be read: %2").arg(failure.name, failure.message);
        }
        QString text = problems.join(u'\n');
        if (outcome.noKeychain())
            text = tr("The system keychain is not available, and this profile needs secrets from it. "
                      "Nothing was launched.\n\n%1").arg(text);
        setSessionMessage(text, true);
        m_dialogs->showWarning(this, tr("Secrets unavailable"), text);
        updateActions();
        updateStatus();
    });
    updateActions();
}

void MainWindow::begin(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
                       const QString &profileName)
{
    m_sessionProfileId = profileId;
    m_sessionProfileName = profileName;
    m_launchStarted = false;
    m_sessionClock.start();
    setSessionMessage(QString(), false);

    const Platform launcher = settings.launcherPlatform;
    m_jobs[int(BuildTarget::Launcher)]->prepare(launcher);
    m_jobs[int(BuildTarget::Worker)]->prepare(settings.workerPlatform);
    m_problems->clear();
    m_problems->setBaseDirectory(settings.packageDir);
    m_outputTabs->setTabText(ProblemsTab, tr("Problems"));
    for (BuildJobView *view : m_jobs)
        view->output()->setBaseDirectory(settings.packageDir);
    m_runPane->setBaseDirectory(settings.packageDir);
    if (mode == LaunchSession::Mode::Launch) {
        m_runPane->clear();
        m_runPane->setLogFile(Paths::newLogFile(QStringLiteral("window")));
        m_runHeader->setText(tr("Building before the launch…"));
    }
    m_outputTabs->setCurrentIndex(BuildTab);
    qCDebug(lcUi) << "session" << mode << "of profile" << profileId;
    m_session->start(mode, settings);
    updateActions();
    m_statusTimer->start();
    updateStatus();
}

void MainWindow::connectSession()
{
    connect(m_session, &LaunchSession::stageChanged, this, [this] { updateStatus(); });
    connect(m_session, &LaunchSession::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 5000);
        m_runPane->appendLine(text, OutputPane::Stream::Info);
    });
    connect(m_session, &LaunchSession::warning, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
        m_runPane->appendLine(tr("Warning: %1").arg(text), OutputPane::Stream::Info);
        for (BuildJobView *view : m_jobs)
            view->output()->appendLine(tr("Warning: %1").arg(text), OutputPane::Stream::Info);
    });
    connect(m_session, &LaunchSession::packageInspected, this, [this](const PackageInfo &info) {
        if (info.dir == m_editor->packageDir())
            m_editor->showPackageInfo(info);
    });
    connect(m_session, &LaunchSession::buildStarted, this,
            [this](BuildTarget target, const Platform &platform) { m_jobs[int(target)]->start(platform); });
    connect(m_session, &LaunchSession::buildOutput, this,
            [this](BuildTarget target, const QStringList &lines) { m_jobs[int(target)]->appendOutput(lines); });
    connect(m_session, &LaunchSession::diagnostic, this, [this](BuildTarget target, const Diagnostic &d) {
        m_problems->addDiagnostics(targetName(target), {d});
        m_outputTabs->setTabText(ProblemsTab, tr("Problems (%1)").arg(m_problems->rowCount()));
    });
    connect(m_session, &LaunchSession::buildFinished, this,
            [this](const BuildResult &result) { m_jobs[int(result.target)]->finish(result); });
    connect(m_session, &LaunchSession::launchStarted, this, [this](const LaunchCommand &command, const QString &log) {
        Q_UNUSED(log);
        m_launchStarted = true;
        m_runHeader->setText(tr("Running: %1").arg(command.displayLine()));
        m_jobLabel->hide();
        m_runPane->appendLine(tr("$ %1").arg(command.displayLine()), OutputPane::Stream::Info);
        m_outputTabs->setCurrentIndex(RunTab);
    });
    connect(m_session, &LaunchSession::output, this, [this](ProcessRunner::Channel channel, const QStringList &lines) {
        m_runPane->appendLines(lines, channel == ProcessRunner::Channel::StdErr ? OutputPane::Stream::StdErr
                                                                                 : OutputPane::Stream::StdOut);
    });
    connect(m_session, &LaunchSession::jobChanged, this,
            [this](const QString &id, const QString &state, const QUrl &webUi) {
                const PaletteColors colors = PaletteColors::from(palette());
                QColor color = palette().color(QPalette::WindowText);
                if (state == u"DONE")
                    color = colors.string; // the palette's green
                else if (state == u"FAILED" || state == u"CANCELLED")
                    color = colors.error;
                QString text = tr("Job <b>%1</b>: <span style=\"color:%2\"><b>%3</b></span>")
                                   .arg(id.toHtmlEscaped(), color.name(),
                                        state.isEmpty() ? tr("submitted") : state.toHtmlEscaped());
                if (webUi.isValid())
                    text += QStringLiteral(" &nbsp;·&nbsp; <a href=\"%1\">%2</a>")
                                .arg(webUi.toString().toHtmlEscaped(), tr("Open the runner's web page"));
                m_jobLabel->setText(text);
                m_jobLabel->show();
            });
    connect(m_session, &LaunchSession::launchFinished, this, [this](const ProcessRunner::Result &result) {
        QString text;
        switch (result.kind) {
        case ProcessRunner::ExitKind::Exited:
            text = tr("The launcher exited with code %1 after %2.").arg(result.exitCode).arg(seconds(result.elapsedMs));
            break;
        case ProcessRunner::ExitKind::Stopped:
            text = tr("Stopped after %1: the launcher and everything it started were ended.").arg(seconds(result.elapsedMs));
            break;
        case ProcessRunner::ExitKind::Crashed:
            text = tr("The launcher crashed after %1: %2").arg(seconds(result.elapsedMs), result.errorString);
            break;
        case ProcessRunner::ExitKind::FailedToStart:
            text = tr("The launcher did not start: %1").arg(result.errorString);
            break;
        }
        m_runPane->appendLine(text, OutputPane::Stream::Info);
        m_runHeader->setText(text + u' ' + tr("Log: %1").arg(QDir::toNativeSeparators(m_session->logFile())));
    });
    connect(m_session, &LaunchSession::failed, this, [this](LaunchSession::Failure failure, const QString &text) {
        setSessionMessage(text, failure != LaunchSession::Failure::Cancelled);
        if (!m_launchStarted) {
            const bool cancelled = failure == LaunchSession::Failure::Cancelled;
            for (BuildJobView *view : m_jobs)
                view->abandon(cancelled);
        }
        if (failure == LaunchSession::Failure::Build || (failure == LaunchSession::Failure::BadInput
                                                         && m_problems->rowCount() > 0)) {
            if (m_problems->rowCount() > 0) {
                // Show the first problem in its source at once: usually the one to fix first.
                m_outputTabs->setCurrentIndex(ProblemsTab);
                m_problemsView->setCurrentIndex(m_problemsView->model()->index(0, 0));
                m_problemsView->setFocus();
                const Diagnostic first = m_problems->diagnostic(0);
                openSource(first.file, first.line, first.column);
            }
        }
    });
    connect(m_session, &LaunchSession::finished, this, &MainWindow::onSessionFinished);
}

void MainWindow::onSessionFinished(int exitCode)
{
    m_statusTimer->stop();
    if (m_session->launchStartedAt().isValid())
        recordRun(); // now that both checksums are known
    if (exitCode == 0) {
        if (m_session->mode() == LaunchSession::Mode::Build)
            setSessionMessage(tr("Both binaries are built and verified (%1).").arg(seconds(m_sessionClock.elapsed())),
                              false);
        else
            setSessionMessage(tr("The pipeline ran to its end (exit code 0, %1).").arg(seconds(m_sessionClock.elapsed())),
                              false);
    }
    // Lines still queued for the view stay queued (flushing them at once would freeze the
    // window after a flood); the log got every line when it was appended.
    m_runPane->setLogFile(QString()); // closes it: the transcript is complete on disk
    updateActions();
    updateStatus();
    if (m_quitting)
        QTimer::singleShot(0, this, &QWidget::close);
}

void MainWindow::recordRun()
{
    RunRecord record = RunRecord::fromSession(*m_session, m_sessionProfileId, m_sessionProfileName);
    QString error;
    if (!m_runs.append(record, &error))
        statusBar()->showMessage(tr("This run was not recorded: %1").arg(error), 8000);
}

void MainWindow::populateRecentRuns()
{
    m_recentMenu->clear();
    const QList<RunRecord> runs = m_runs.list();
    if (runs.isEmpty()) {
        m_recentMenu->addAction(tr("No runs yet"))->setEnabled(false);
        return;
    }
    for (qsizetype i = 0; i < runs.size() && i < MaxRecentRuns; ++i) {
        const RunRecord run = runs.at(i);
        const QString when = QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
        const QString result = run.exitCode == 0 ? tr("ok") : tr("exit %1").arg(run.exitCode);
        QAction *action = m_recentMenu->addAction(
            tr("Run again: %1 (%2, %3, %4)")
                .arg(run.profileName.isEmpty() ? QFileInfo(run.settings.packageDir).fileName() : run.profileName, when,
                     run.settings.runner, result));
        action->setToolTip(tr("Log: %1").arg(QDir::toNativeSeparators(run.logFile)));
        action->setEnabled(!isBusy());
        connect(action, &QAction::triggered, this, [this, run] { runAgain(run); });
    }
}

void MainWindow::runAgain(const RunRecord &record)
{
    if (isBusy())
        return;
    if (!record.profileId.isEmpty())
        selectProfile(record.profileId);
    startSession(LaunchSession::Mode::Launch, record.settings, record.profileId, record.profileName);
}

void MainWindow::openSource(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    m_outputTabs->setCurrentIndex(ProblemsTab);
    if (!m_sourceView->openFile(file, line, column))
        statusBar()->showMessage(m_sourceView->errorString(), 8000);
}

void MainWindow::setSessionMessage(const QString &text, bool error)
{
    if (text.isEmpty()) {
        m_sessionMessage->clear();
        m_sessionMessage->setVisible(false);
        return;
    }
    const PaletteColors colors = PaletteColors::from(palette());
    m_sessionMessage->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg((error ? colors.error : colors.text).name(),
                                       text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_sessionMessage->setVisible(true);
}

void MainWindow::updateStatus()
{
    QString state;
    const bool running = isBusy();
    if (m_resolver->isPending()) {
        state = tr("Reading secrets…");
    } else {
        switch (m_session->stage()) {
        case LaunchSession::Stage::Idle:
            state = tr("Ready");
            break;
        case LaunchSession::Stage::Checking:
            state = tr("Checking…");
            break;
        case LaunchSession::Stage::Building:
            state = tr("Building…");
            break;
        case LaunchSession::Stage::Running:
            state = tr("Running…");
            break;
        case LaunchSession::Stage::Finished:
            switch (m_session->failure()) {
            case LaunchSession::Failure::None:
                state = m_session->mode() == LaunchSession::Mode::Build ? tr("Built") : tr("Finished");
                break;
            case LaunchSession::Failure::Cancelled:
                state = tr("Stopped");
                break;
            case LaunchSession::Failure::BadInput:
            case LaunchSession::Failure::Build:
            case LaunchSession::Failure::Launch:
                state = tr("Failed");
                break;
            }
            break;
        }
    }
    m_stateLabel->setText(state);
    if (m_sessionClock.isValid() && m_session->stage() != LaunchSession::Stage::Idle)
        m_elapsedLabel->setText(seconds(m_sessionClock.elapsed()));
    m_progress->setVisible(running);
    m_progress->setRange(0, running ? 0 : 1);
}

void MainWindow::showAbout()
{
    QString highlighter;
    {
        QTextDocument document;
        if (SyntaxHighlighterAdapter *adapter = createGoHighlighter(&document))
            highlighter = adapter->engineName();
    }
    const QString text =
        tr("<h3>Beam Launcher %1</h3>"
           "<p>Builds an Apache Beam Go pipeline for your computer and for the runner's workers at the same time, "
           "checks both binaries and launches the pipeline.</p>"
           "<p>Qt %2 (built with %3)<br>Go: %4<br>Highlighting: %5</p>"
           "<p>Licensed under the Apache License 2.0.</p>")
            .arg(QCoreApplication::applicationVersion().isEmpty() ? QStringLiteral(BEAM_LAUNCHER_VERSION)
                                                                  : QCoreApplication::applicationVersion(),
                 QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR),
                 !m_goVersion.isEmpty() ? m_goVersion.toHtmlEscaped()
                                        : (m_goError.isEmpty() ? tr("checking…") : tr("not found")),
                 highlighter);
    m_dialogs->showInformation(this, tr("About Beam Launcher"), text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isBusy()) {
        if (m_quitting) { // already stopping; the window closes when the session ends
            event->ignore();
            return;
        }
        if (!m_dialogs->askYesNo(this, tr("Quit Beam Launcher"),
                                 tr("A job is still running. Stop it and everything it started, and quit?"))) {
            event->ignore();
            return;
        }
        m_quitting = true;
        event->ignore();
        stop();
        if (!isBusy())
            QTimer::singleShot(0, this, &QWidget::close);
        return;
    }
    if (m_saveTimer->isActive())
        saveNow();
    if (m_saver->isPending()) { // closes once the profile is saved: nothing typed is lost
        m_closeAfterSave = true;
        event->ignore();
        return;
    }
    m_closeAfterSave = false;
    m_probe->cancel();
    m_toolchain->cancel();
    saveWindowState();
    event->accept();
}

} // namespace bl
