// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSession.h"
#include "profiles/Profile.h"
#include "profiles/RecentRuns.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QMainWindow>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace bl {

class BuildJobView;
class Dialogs;
class GoToolchain;
class OutputPane;
class PackageProbe;
class ProblemsModel;
class ProblemsView;
class ProfileEditor;
class ProfileSaver;
class ProfileStore;
class SecretResolver;
class SecretStore;
class SourceView;

/// The application window: the profiles on the left, the profile editor in the middle,
/// and the build, problems and run output on the right. Build, Launch and Stop drive one
/// LaunchSession; nothing here blocks, so the window answers while jobs flood output.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `dialogs` (not owned) answers every question; null: StandardDialogs.
    explicit MainWindow(Dialogs *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// A new profile for the pipeline in `path` (a file stands for its folder). False when
    /// the path does not exist.
    bool openFolder(const QString &path);
    /// What a drop of these folders does: one folder fills an empty profile or starts a new
    /// one; several folders offer one new profile each.
    void addFolders(const QStringList &folders);

    void build();
    void launch();
    void stop();
    bool isBusy() const;

    ProfileEditor *editor() const { return m_editor; }
    LaunchSession *session() const { return m_session; }
    ProfileStore *store() const { return m_store; }
    ProblemsModel *problemsModel() const { return m_problems; }
    SourceView *sourceView() const { return m_sourceView; }
    OutputPane *runOutput() const { return m_runPane; }
    BuildJobView *jobView(BuildTarget target) const;
    QAction *buildAction() const { return m_buildAction; }
    QAction *launchAction() const { return m_launchAction; }
    QAction *stopAction() const { return m_stopAction; }
    /// The id of the profile shown in the editor; empty when none.
    QString currentProfileId() const;
    /// Saves the edited profile now (edits are otherwise saved shortly after they are made).
    bool saveNow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createWidgets();
    QWidget *createEmptyPage();
    void restoreWindowState();
    void saveWindowState();
    void checkGo();
    void refreshProfileList();
    void selectProfile(const QString &id);
    void onProfileSelected();
    QString createProfile(const QString &folder);
    void deleteProfile();
    void duplicateProfile();
    void exportProfile();
    void importProfile();
    void onEdited();
    void onProfileSaved(const Profile &profile);
    void inspectPackage();
    void updateActions();
    void startSession(LaunchSession::Mode mode, LaunchSettings settings, const QString &profileId,
                      const QString &profileName);
    void begin(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
               const QString &profileName);
    void connectSession();
    void onSessionFinished(int exitCode);
    void recordRun();
    void populateRecentRuns();
    void runAgain(const RunRecord &record);
    void openSource(const QString &file, int line, int column);
    void setSessionMessage(const QString &text, bool error);
    void updateStatus();
    void showAbout();
    QString settingsFile() const;

    Dialogs *m_dialogs;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    SecretResolver *m_resolver;
    ProfileSaver *m_saver;
    RecentRuns m_runs;
    LaunchSession *m_session;
    PackageProbe *m_probe;
    GoToolchain *m_toolchain;
    QTimer *m_saveTimer;
    QTimer *m_probeTimer;
    QTimer *m_statusTimer;

    QListWidget *m_profileList = nullptr;
    QStackedWidget *m_editorStack = nullptr;
    ProfileEditor *m_editor = nullptr;
    QTabWidget *m_outputTabs = nullptr;
    BuildJobView *m_jobs[2] = {nullptr, nullptr};
    ProblemsModel *m_problems = nullptr;
    ProblemsView *m_problemsView = nullptr;
    SourceView *m_sourceView = nullptr;
    OutputPane *m_runPane = nullptr;
    QLabel *m_runHeader = nullptr;
    QLabel *m_jobLabel = nullptr;
    QLabel *m_sessionMessage = nullptr;
    QLabel *m_goBanner = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_elapsedLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_jobsSplitter = nullptr;
    QSplitter *m_problemsSplitter = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_buildAction = nullptr;
    QAction *m_launchAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QString m_goError;
    QString m_goVersion;
    QString m_shownProfileId;
    // The session that runs (or ran last).
    QString m_sessionProfileId;
    QString m_sessionProfileName;
    QElapsedTimer m_sessionClock;
    bool m_launchStarted = false;
    bool m_quitting = false;
    bool m_closeAfterSave = false; ///< closing waits for a save that waits for the lock
    QHash<QString, QMap<QString, QString>> m_typedSecrets; // profile id -> secret values typed, until saved
    QHash<QString, QString> m_writtenSecrets; // "<id>/<name>" -> value last written
};

} // namespace bl
