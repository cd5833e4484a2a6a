// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JobApiClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace bl::jobs {

/// The job of one launch, followed through the job service's Job API rather than the
/// launcher's log: which job it is, its states and messages, cancelling it, and noticing that
/// the job service is gone.
///
/// The session that drives a launcher tells it what happens (launcherStarted, a job id from the
/// launcher's log, launcherExited) and acts on its signals. The job is found either by the id the
/// launcher logs or, should that not come, as the one job GetJobs lists that was not there
/// before the launcher started.
class JobSupervisor final : public QObject
{
    Q_OBJECT

public:
    /// How often GetJobs is asked while the job is not known yet.
    static constexpr std::chrono::milliseconds FindInterval{1000};
    /// After a launcher was stopped before its job was known: how long, and how often, GetJobs
    /// is asked whether a job of it reached the runner all the same (its Run was on its way).
    static constexpr std::chrono::milliseconds AfterStopLook{1000};
    static constexpr std::chrono::milliseconds AfterStopInterval{200};

    explicit JobSupervisor(const QString &endpoint, QObject *parent = nullptr);

    QString endpoint() const { return m_client->endpoint(); }
    QString jobId() const { return m_jobId; }
    JobState state() const { return m_state; }
    bool isCancelling() const { return m_cancelling; }
    /// The job service answered the Job API (GetJobs before the launcher started).
    bool serviceAnswered() const { return m_snapshotOk; }

    /// Before the launcher starts: notes the jobs that exist already (best effort).
    void snapshot();
    /// The launcher runs: look for its job until it is known.
    void launcherStarted();
    /// The launcher's log named the job.
    void setJobId(const QString &jobId);
    /// The job name the launch gave (`--job_name`): among new jobs, the one of that name is this
    /// launch's (another's job submitted meanwhile is not).
    void setJobName(const QString &name) { m_jobName = name; }
    QString jobName() const { return m_jobName; }
    /// The launcher has ended: its job is no longer looked for.
    void launcherExited();
    /// The launcher was stopped before its job was known: looks for it for AfterStopLook more
    /// (GetJobs, a job of this launch's name that was not there before), so that a job whose Run
    /// was on its way can be cancelled too. False when it cannot be told (no snapshot, no job
    /// name, the job is known already). afterStopLookEnded() answers.
    bool lookAfterStop();
    bool isLookingAfterStop() const { return m_lookingAfterStop; }
    /// Asks the runner to cancel the job and waits up to `bound` for a terminal state;
    /// cancelFinished says how it went. Without a known job it answers at once (not confirmed).
    void cancelJob(std::chrono::milliseconds bound = std::chrono::seconds(10));
    /// Stops every call and timer; nothing more is emitted.
    void stop();

Q_SIGNALS:
    void jobFound(const QString &jobId);
    void stateChanged(const QString &jobId, bl::jobs::JobState state);
    void messageReceived(const bl::jobs::JobMessage &message);
    /// The job service went away (or cannot tell about the job) while the job was not over.
    void serviceLost(const QString &text);
    /// The job service has not answered for a while; it is given JobWatch::SilencePatience before
    /// serviceLost. Said once per silent spell.
    void serviceSilent(const QString &text);
    /// After cancelJob: `confirmed` only when the runner said CANCELLED. `text` says what happened.
    void cancelFinished(bool confirmed, bl::jobs::JobState state, const QString &text);
    /// After lookAfterStop(): `found` when the job was found (jobFound came first).
    void afterStopLookEnded(bool found);

private:
    void find();
    void watchJob();
    void settleCancel(bool confirmed, const QString &text);
    void onJobsListed(const QList<JobInfo> &jobs);

    JobApiClient *m_client;
    JobWatch *m_watch = nullptr;
    QString m_jobId;
    QString m_jobName;
    JobState m_state = JobState::Unspecified;
    QSet<QString> m_before;
    bool m_snapshotDone = false;
    bool m_snapshotOk = false;
    bool m_launcherRunning = false;
    bool m_cancelling = false;
    bool m_stopped = false;
    bool m_lookingAfterStop = false;
    QElapsedTimer m_sinceStop;
    QTimer m_findTimer;
    QTimer m_cancelBound;
};

} // namespace bl::jobs
