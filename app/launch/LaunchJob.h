// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobTypes.h"
#include "launch/JobMonitor.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace bl::jobs {
class JobSupervisor;
}

namespace bl {

struct LaunchSettings;
class WebPageProbe;

/// The job of one launch, on the runner: its id and state as the launcher's log tells
/// (JobMonitor) and, where the runner has a job service, as Beam's Job API tells
/// (jobs::JobSupervisor), which then speaks for the job; the log lags behind it.
///
/// LaunchSession feeds it what the launcher does and decides what to do about its signals
/// (and words them); this class only knows the job. A state, once terminal, never changes.
class LaunchJob final : public QObject
{
    Q_OBJECT

public:
    /// How long a launcher may run on after its job ended before lingering() says so.
    static constexpr std::chrono::milliseconds LingerLimit{5000};

    explicit LaunchJob(QObject *parent = nullptr);
    ~LaunchJob() override;

    /// False for the runners that have no Beam job service even with an endpoint: Dataflow (its
    /// own REST API), dot and direct. The in-process runners have no endpoint at all.
    static bool runnerHasJobService(const QString &runner);

    /// Forgets an earlier job. With a job service at `settings`' endpoint (not the in-process
    /// runners, Dataflow or dot), the job is followed through the Job API from now on. `webUi`:
    /// the runner's page when the catalog cannot know it (a managed Prism on a free port); the page
    /// the catalog guesses from the endpoint is shown only once it answers as the runner's
    /// (WebPageProbe).
    void begin(const LaunchSettings &settings, const QUrl &webUi = QUrl());
    /// The job's own page, found elsewhere (Flink's web UI): said with the next state, or now.
    void setPage(const QUrl &page);
    void launcherStarted();
    /// What the launcher printed (already masked): the job's id and state as its log tells.
    void addLines(const QStringList &lines);
    /// The launcher has ended; `exitCode` -1 when it did not exit on its own.
    void launcherExited(int exitCode, bool stopped = false);
    /// Stops following the job: nothing more is emitted.
    void end();

    /// The Job API's id, else the one the log named; empty before either knows.
    QString id() const;
    /// The last state shown ("RUNNING", "DONE", ...); empty before the first.
    QString state() const { return m_state; }
    QUrl webUi() const { return m_webUi; }
    /// The job service's HOST:PORT when the job is followed through the Job API; empty otherwise.
    QString endpoint() const;
    /// True when the job is on a job service, known there and not over: cancelOnRunner() can ask.
    bool canCancelOnRunner() const;
    /// Asks the runner to cancel the job, waiting at most `bound`; cancelFinished() answers.
    void cancelOnRunner(std::chrono::milliseconds bound);
    bool isCancelling() const { return m_cancelling; }
    /// The job service said CANCELLED.
    bool cancelledOnRunner() const;
    /// The job is known to the job service (so a stop can say what became of it).
    bool knownToService() const;
    /// A job service answered the Job API at the endpoint: whether a job reached it can be told.
    bool serviceAnswered() const;
    /// After a launcher stopped before its job was known: the job service is asked for a while
    /// whether its job reached the runner all the same (jobs::JobSupervisor::lookAfterStop);
    /// lookAfterStopEnded() answers.
    bool isLookingAfterStop() const;

Q_SIGNALS:
    /// The job's id or state changed; `webUi` is the runner's page, if any.
    void changed(const QString &id, const QString &state, const QUrl &webUi);
    /// The Job API knows the job: from now on its states come from there.
    void followed(const QString &id, const QString &endpoint);
    /// A message about the job from the job service (GetMessageStream).
    void jobMessage(const bl::jobs::JobMessage &message);
    /// The job service went away (or cannot tell about the job) while the job was not over.
    void serviceLost(const QString &text);
    /// The job service has not answered for a while (jobs::JobSupervisor::serviceSilent).
    void serviceSilent(const QString &text);
    /// After cancelOnRunner(): `confirmed` only when the runner said CANCELLED.
    void cancelFinished(bool confirmed, const QString &text);
    /// The job ended LingerLimit ago and its launcher still runs.
    void lingering();
    /// The look after a stop is over: `found`, the job reached the runner (followed() came
    /// first, and it can be cancelled there).
    void lookAfterStopEnded(bool found);

private:
    void noteState(const QString &state, bool fromJobApi);

    JobMonitor m_log;
    jobs::JobSupervisor *m_service = nullptr;
    WebPageProbe *m_pageProbe;
    QUrl m_webUi;
    QString m_state;
    bool m_apiStates = false;        ///< the Job API has given a state: log states are ignored
    bool m_launcherRunning = false;
    bool m_cancelling = false;
    bool m_async = false; ///< the launcher only submits (Beam's --async, launch --detach): its exit says nothing of the job
    QTimer m_linger;
};

} // namespace bl
