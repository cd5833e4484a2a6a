// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSession.h"
#include "profiles/RecentRuns.h"

#include <QElapsedTimer>
#include <QObject>

class QLabel;
class QProgressBar;
class QStatusBar;
class QTimer;
class QWidget;

namespace bl {

class Dialogs;
class OutputPanel;
class SecretResolver;
class SecretStore;

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
    /// A session runs, or its secrets are being read.
    bool isBusy() const;
    /// The state, elapsed time and busy bar, on the right of `bar`.
    void addStatusWidgets(QStatusBar *bar);
    QList<RunRecord> recentRuns() const { return m_runs.list(); }

    /// Reads the missing secret values of `settings` (launch only), then starts the session.
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

Q_SIGNALS:
    /// isBusy() may have changed.
    void busyChanged();
    void statusMessage(const QString &text, int timeoutMs);
    /// A session ended (after finished() of the session).
    void sessionEnded();

private:
    void begin(LaunchSession::Mode mode, const LaunchSettings &settings, const QString &profileId,
               const QString &profileName);
    void connectSession();
    void onFinished(int exitCode);
    void updateStatus();

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
};

} // namespace bl
