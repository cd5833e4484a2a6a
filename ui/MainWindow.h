// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"
#include "launch/LaunchSession.h"

#include <QHash>
#include <QMainWindow>

class QAction;
class QIcon;
class QMenu;
class QStackedWidget;

namespace bl {

class BuildJobView;
class DesktopNotifier;
class Dialogs;
class EditorPane;
class GoBanner;
class JobsPanel;
class JobGraphView;
class OutputPane;
class OutputPanel;
class PipelineViews;
class ProblemsModel;
class ProfileEditor;
class ProfileStore;
class ProfilesPanel;
class SecretStore;
class SessionPresenter;
class SourceView;
class WindowStateSync;
struct LaunchEnd;
struct RunRecord;

/// The application window, a thin shell over its panels: the profiles on the left
/// (ProfilesPanel), the profile editor in the middle (EditorPane), and the build, problems and
/// run output on the right (OutputPanel), which SessionPresenter fills from one LaunchSession.
/// The shell holds the Build, Launch and Stop actions, the menus, and the window's state
/// (WindowStateSync). Nothing here blocks, so the window answers while jobs flood output.
///
/// A new view is a panel of its own: addOutputTab() puts it beside Build, Problems and Run.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// `dialogs` (not owned) answers every question; null: StandardDialogs.
    explicit MainWindow(Dialogs *dialogs = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    /// A new profile for the pipeline in `path` (a file stands for its folder). A folder without
    /// Go files (a module or repository root) is searched for its Beam pipelines first, off the
    /// GUI thread: the profile comes when the search is over. False when the path does not exist.
    bool openFolder(const QString &path);
    /// What a drop of these folders does: one folder fills an empty profile or starts a new
    /// one; several folders offer one new profile each.
    void addFolders(const QStringList &folders);

    void build();
    void launch();
    void stop();
    bool isBusy() const;

    /// A panel as one more output tab; returns its index.
    int addOutputTab(QWidget *panel, const QIcon &icon, const QString &title);
    /// A panel in a dock on `area` (give the dock an objectName: its place is remembered).

    ProfileEditor *editor() const;
    LaunchSession *session() const;
    ProfileStore *store() const { return m_store; }
    /// The Options (beside the editor) and Graph (an output tab) views.
    PipelineViews *pipelineViews() const { return m_pipeline; }
    /// The Jobs view (an output tab) for the shown profile's job service.
    JobsPanel *jobsPanel() const { return m_jobs; }
    /// The Graph tab's live job graph (shown there once a launch's job is known, or a job is
    /// selected in the Jobs tab; the pipeline's graph from before the run otherwise).
    JobGraphView *jobGraph() const { return m_jobGraph; }
    ProblemsModel *problemsModel() const;
    SourceView *sourceView() const;
    OutputPane *runOutput() const;
    BuildJobView *jobView(BuildTarget target) const;
    QAction *buildAction() const { return m_buildAction; }
    QAction *launchAction() const { return m_launchAction; }
    QAction *stopAction() const { return m_stopAction; }
    /// Run menu: keep the shown profile's binaries built in the background (remembered).
    QAction *buildAheadAction() const { return m_buildAheadAction; }
    QAction *stallAction() const { return m_stallAction; }
    /// Run menu: a desktop notification when a launch's job ends while the window is not
    /// active, and the launch's progress on the taskbar (remembered; default on).
    QAction *notifyAction() const { return m_notifyAction; }
    DesktopNotifier *notifier() const { return m_notifier; }
    /// The id of the profile shown in the editor; empty when none.
    QString currentProfileId() const;
    /// Saves the edited profile now (edits are otherwise saved shortly after they are made).
    bool saveNow();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void updateActions();
    /// The build ahead follows the shown profile, as edited (nothing when it cannot build).
    void updateBuildAhead();
    void startSession(LaunchSession::Mode mode);
    void populateRecentRuns();
    void runAgain(const RunRecord &record);
    void showAbout();
    /// The desktop's word on a launch that ended while the window was not active.
    void notifyEnd(const LaunchEnd &end);
    /// A notification was clicked: the window comes up, showing that run.
    void showRun(quint64 serial);
    void setTaskbarProgress(double fraction);

    Dialogs *m_dialogs;
    ProfileStore *m_store;
    SecretStore *m_secrets;
    GoBanner *m_goBanner;
    EditorPane *m_editorPane;
    ProfilesPanel *m_profiles;
    OutputPanel *m_output;
    SessionPresenter *m_presenter;
    PipelineViews *m_pipeline;
    JobsPanel *m_jobs;
    QStackedWidget *m_graphStack;
    JobGraphView *m_jobGraph;
    WindowStateSync *m_state = nullptr;

    QAction *m_buildAction = nullptr;
    QAction *m_launchAction = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_buildAheadAction = nullptr;
    QAction *m_stallAction = nullptr;
    QAction *m_notifyAction = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    QHash<quint64, QString> m_notifiedJobs; ///< the job of each run notified, by session serial
    int m_jobsTab = -1;
    bool m_urgent = false; ///< the taskbar asks for attention until the window is active
    QMenu *m_recentMenu = nullptr;
    bool m_quitting = false;       ///< closing waits for the session to end
    bool m_closeAfterSave = false; ///< closing waits for a save that waits for the lock
};

} // namespace bl
