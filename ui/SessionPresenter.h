// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSession.h"
#include "profiles/RecentRuns.h"

#include <QElapsedTimer>
#include <QIcon>
#include <QObject>

#include <optional>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QWidget;

namespace bl {

class BuildAhead;
class Dialogs;
class OutputPanel;
class SecretResolver;
class SecretStore;

/// How a launch from the window ended: what the desktop's word says (MainWindow, DesktopNotifier).
struct LaunchEnd
{
    quint64 serial = 0;  ///< which of the window's sessions (SessionPresenter::serial())
    QString state;       ///< DONE, FAILED or CANCELLED (the job's terminal state, else the launch's)
    QString firstError;  ///< FAILED: the first error line (the job's first error message, else the launcher's
                         ///< first error line on stderr, else why the launch failed)
    qint64 elapsedMs = 0;
    QString jobId;
    QString profileName;
};

/// Connects the window's LaunchSession to the panes: build jobs, problems, the Run tab, the
/// line above the tabs and the state in the status bar. Before a launch it reads the
/// profile's secrets (SecretResolver); after it, it records the run (RunRecord::fromSession).
class SessionPresenter final : public QObject
{
    Q_OBJECT

public:
    /// `secrets` and `dialogs` are not owned; `parent` is the window the dialogs belong to.
    SessionPresenter(OutputPanel *output, SecretStore *secrets, Dialogs *dialogs, QWidget *parent);
    ~SessionPresenter() override;

    LaunchSession *session() const { return m_session; }
    /// Keeps the shown profile's binaries built in the background; paused while a session runs.
    BuildAhead *buildAhead() const { return m_ahead; }
    /// How long a job on the managed local Prism may stay RUNNING with no worker and no progress
    /// before the window offers to cancel it (LaunchSettings::stallSeconds; 0: never).
    void setStallSeconds(int seconds) { m_stallSeconds = seconds; }
    int stallSeconds() const { return m_stallSeconds; }
    /// A session runs, its secrets are being read, or it waits for the build ahead.
    bool isBusy() const;
    /// The state, elapsed time and busy bar, on the right of `bar`.
    void addStatusWidgets(QStatusBar *bar);
    QList<RunRecord> recentRuns() const { return m_runs.list(); }

    /// Reads the missing secret values of `settings` (launch only), then starts the session.
    /// When the build ahead is building these very binaries, the session waits for it (and
    /// then finds them current) instead of building them a second time.
    void start(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
               const QString &profileName);
    /// Stops whatever runs: the secrets being read, or the session (its process group).
    void stop();
    /// The job runs on an external job service: stopLeavingJob() can stop the launcher alone.
    bool canLeaveJobRunning() const { return m_session->canLeaveRunning(); }
    /// Stops the launcher and leaves its job running on the runner.
    void stopLeavingJob() { m_session->leaveRunning(); }
    /// "Job ID on HOST:PORT", for the questions about it.
    QString jobDescription() const;
    /// Counts the sessions begun: the one shown is the latest.
    quint64 serial() const { return m_serial; }

Q_SIGNALS:
    /// isBusy() may have changed.
    void busyChanged();
    void statusMessage(const QString &text, int timeoutMs);
    /// A session ended (after finished() of the session).
    void sessionEnded();
    /// The build ahead's state, for the profile it builds.
    void buildAheadChanged(const QIcon &icon, const QString &text);
    /// The session's progress for the taskbar: the builds' fraction (0..1), -1 while it runs
    /// with no fraction known; emitted when it changes. At the end: sessionEnded().
    void progressChanged(double fraction);
    /// A launch (not a build alone) ended, before sessionEnded(); none when its job was left running.
    void launchEnded(const bl::LaunchEnd &end);

private:
    void begin(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
               const QString &profileName);
    void connectSession();
    /// The build panes and Problems show the builds of `session`.
    void connectBuildPanes(LaunchSession *session);
    void connectBuildAhead();
    void showBuildAheadState();
    /// The build ahead the session waited for is over (or gone): start it now.
    void endJoin();
    void onFinished(int exitCode);
    void updateStatus();
    void setTaskbarProgress(double fraction);
    /// The launch's end as the desktop's word says it; nullopt when its job was left running.
    std::optional<LaunchEnd> launchEnd() const;

    OutputPanel *m_output;
    Dialogs *m_dialogs;
    QWidget *m_window;
    LaunchSession *m_session;
    SecretResolver *m_resolver;
    RecentRuns m_runs;
    QTimer *m_statusTimer;
    QLabel *m_stateLabel;
    QLabel *m_elapsedLabel;
    QProgressBar *m_progress;
    QElapsedTimer m_clock;
    BuildProgress m_buildProgress[2]; ///< the builds' latest progress, for the status bar
    QString m_profileId;
    QString m_profileName;
    bool m_launchStarted = false;
    quint64 m_serial = 0;
    QString m_jobState;   ///< the job's latest state, as the runner said it
    QString m_firstError; ///< the first error of this session (a job message, else why it failed)
    bool m_jobError = false; ///< m_firstError is the job's own message
    QString m_launcherError; ///< the launcher's first error line on stderr
    double m_taskbar = -2; ///< the progress last emitted (-2: none)
    int m_stallSeconds = LaunchSettings().stallSeconds;
    BuildAhead *m_ahead;
    struct Pending
    {
        LaunchSession::Mode mode;
        LaunchSettings settings;
        QString profileId;
        QString profileName;
        bool takesOver = false; ///< the build ahead of these binaries stopped for this one
    };
    std::optional<Pending> m_joining; ///< a session waiting for the build ahead
    bool m_takingOver = false;        ///< begin() follows a build ahead of the same binaries, stopped for it
};

} // namespace bl
