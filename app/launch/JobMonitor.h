// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QUrl>

namespace bl {

struct LaunchSettings;

/// Follows a Beam Go launcher's log and says what the job is doing: its id, each state
/// change (STARTING, RUNNING, DONE, FAILED, CANCELLING, CANCELLED...) and how it ended.
///
/// The Go SDK logs "Submitted job: ID" and "Job[ID] state: STATE" (Beam 2.77; in-process
/// Prism and loopback runs may end without a DONE line, so the exit code completes the picture).
class JobMonitor final
{
public:
    enum class Change { None, Submitted, State };

    /// Feeds one output line; says whether it changed what is known.
    Change addLine(QStringView line);
    /// Completes the picture when the launcher has exited; `stopped`: someone stopped it (a
    /// cancel), so a job that ran in it is CANCELLED, not FAILED.
    void launcherExited(int exitCode, bool stopped = false);

    QString jobId() const { return m_jobId; }
    /// The last state seen, upper case; empty before the first.
    QString state() const { return m_state; }
    /// True for DONE, FAILED, CANCELLED, DRAINED, UPDATED.
    static bool isTerminal(const QString &state);
    bool isFinished() const { return isTerminal(m_state); }

    /// Where the runner shows its jobs in a browser, when it has such a page:
    /// a standalone Prism's web UI (8074), Flink's dashboard (8081), Spark's UI (4040).
    static QUrl webUi(const LaunchSettings &settings);

private:
    QString m_jobId;
    QString m_state;
};

} // namespace bl
