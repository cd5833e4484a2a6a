// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSession.h"
#include "launch/LaunchSettings.h"

#include <QDateTime>
#include <QObject>

class QFileSystemWatcher;
class QTimer;

namespace bl {

/// Keeps the binaries of one set of settings (the window's shown profile) up to date in the
/// background, so that Launch finds them built and verified and starts the launcher at once.
///
/// A build starts after a quiet period (1 s) once the settings change, or a file of the pipeline
/// is saved: its package folder and every local package it compiles (as the last build
/// recorded them, BuildStamp), their embedded files, go.mod, go.sum and go.work. Each change
/// restarts the wait, and cancels a build already running (which leaves no temporary binary).
/// Builds run at a lower CPU priority, one at a time, through a LaunchSession in Build mode
/// that does nothing when the binaries are already current (LaunchSession::Reuse::Always) and
/// records what it built. Nothing here blocks: the session and the watcher report through
/// signals.
class BuildAhead final : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Off,      ///< turned off, or nothing to build (no folder, prebuilt binaries)
        Waiting,  ///< a change was seen: a build starts after the quiet period
        Building, ///< a build ahead runs
        UpToDate, ///< both binaries are current (stateText() says since when)
        Failed,   ///< the last build ahead failed (failure())
        Held,     ///< another build or launch holds the output folder (holder()): the build ahead
                  ///< starts once it has let go; no failure
    };
    Q_ENUM(State)

    explicit BuildAhead(QObject *parent = nullptr);
    ~BuildAhead() override;

    /// On by default; off cancels a running build and stops watching.
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    /// The settings whose binaries to keep current. Settings that make the same binaries as
    /// the last ones (LaunchSettings::sameBinaries) change nothing.
    void setSettings(const LaunchSettings &settings);
    const LaunchSettings &settings() const { return m_settings; }
    /// While the window runs a session of its own: nothing starts, and a build ahead that runs
    /// is cancelled; on resume, the binaries are checked (and built) again.
    void setPaused(bool paused);
    /// Default 1000 ms.
    void setQuietPeriod(int ms);

    State state() const { return m_state; }
    /// One line for people: "Binaries up to date (built 14:02)", "Building ahead…"...
    QString stateText() const;
    QString failure() const { return m_failure; }
    /// In State::Held: the process that holds the output folder.
    qint64 holder() const { return m_holder; }
    /// How often a held folder is looked at again (default 2000 ms).
    void setHeldRetryInterval(int ms);
    /// A build ahead runs now for settings that make the same binaries as `settings`: a launch
    /// of them can wait for it instead of building again.
    bool isBuildingFor(const LaunchSettings &settings) const;
    /// The session the builds ahead run in, to show their output and progress.
    LaunchSession *session() const { return m_session; }
    /// The files and folders watched now, for tests.
    QStringList watched() const;

Q_SIGNALS:
    void stateChanged(bl::BuildAhead::State state);
    /// A build ahead ended without being cancelled; `ok`: both binaries are current.
    void finished(bool ok);

private:
    bool canBuild() const;
    void setState(State state);
    void changed();
    void startNow();
    void onSessionFinished();
    void watchSources();
    void retryHeld();

    LaunchSession *m_session;
    QTimer *m_quiet;
    QTimer *m_heldRetry; ///< in State::Held: looks whether the folder is free yet
    QFileSystemWatcher *m_watcher;
    LaunchSettings m_settings;
    State m_state = State::Off;
    QDateTime m_upToDateSince;
    QString m_failure;
    qint64 m_holder = 0;
    bool m_enabled = true;
    bool m_paused = false;
    bool m_again = false;   ///< a change came while a build ran: build again once it has ended
};

} // namespace bl
