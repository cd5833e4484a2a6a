// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "JobTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace bl::jobs {

class JobWatch;

/// A client of a Beam portable job service (Prism, Flink, Spark, Samza job servers, Beam's
/// Python job server): the JobService of Beam's Job API over gRPC, plain text (no TLS).
///
/// Every call is asynchronous: the method returns at once with a call number, gRPC does the
/// work on its own threads (its callback API), and the answer comes back as a signal on the
/// thread this object lives on. Unary calls have a deadline (5 s unless setCallTimeout() says otherwise).
/// Destroying the client cancels whatever is still running; no answer arrives after that.
class JobApiClient final : public QObject
{
    Q_OBJECT

public:
    enum class Call { ListJobs, GetState, GetMetrics, Cancel, GetPipeline };
    Q_ENUM(Call)

    /// `endpoint` is HOST:PORT (checkEndpoint says whether it is one). Connecting is lazy:
    /// nothing happens on the network until the first call.
    explicit JobApiClient(const QString &endpoint, QObject *parent = nullptr);
    ~JobApiClient() override;

    /// True for HOST:PORT with a port 1-65535 ([v6 address]:PORT too); else says what is wrong.
    static bool checkEndpoint(const QString &endpoint, QString *problem = nullptr);

    QString endpoint() const { return m_endpoint; }
    void setCallTimeout(std::chrono::milliseconds timeout) { m_callTimeout = timeout; }

    /// GetJobs → jobsListed or callFailed.
    quint64 listJobs();
    /// GetState → stateReceived or callFailed.
    quint64 requestState(const QString &jobId);
    /// GetJobMetrics → metricsReceived or callFailed.
    quint64 requestMetrics(const QString &jobId);
    /// GetPipeline → pipelineReceived or callFailed (Unsupported where the service lacks it).
    quint64 requestPipeline(const QString &jobId);
    /// Cancel → cancelAnswered (CANCELLING or a terminal state) or callFailed. The job is only
    /// cancelled once its state says CANCELLED: watch it.
    quint64 cancel(const QString &jobId);

    /// Follows a job until it ends (see JobWatch). The watch is a child of this client.
    JobWatch *watch(const QString &jobId);

    /// One line for people: "cannot reach the job service at HOST:PORT (...)" and the like.
    QString describe(const CallError &error) const;

Q_SIGNALS:
    void jobsListed(quint64 call, const QList<bl::jobs::JobInfo> &jobs);
    void stateReceived(quint64 call, const QString &jobId, bl::jobs::JobState state, const QDateTime &since);
    void metricsReceived(quint64 call, const QString &jobId, const QList<bl::jobs::Metric> &metrics);
    void pipelineReceived(quint64 call, const QString &jobId, const bl::jobs::PipelineInfo &pipeline);
    void cancelAnswered(quint64 call, const QString &jobId, bl::jobs::JobState state);
    void callFailed(quint64 call, bl::jobs::JobApiClient::Call what, const QString &jobId,
                    const bl::jobs::CallError &error);

public:
    /// What the client shares with gRPC's threads (opaque outside JobApiClient.cpp).
    struct Shared;

private:
    friend class JobWatch;

    QString m_endpoint;
    std::chrono::milliseconds m_callTimeout{5000};
    std::shared_ptr<Shared> m_shared;
};

/// Follows one job: GetStateStream (the state, first the current one, then every change),
/// GetMessageStream (the runner's messages about the job) and, beside them, a GetState every
/// second with a short deadline, so that a job service that died or hangs is noticed even when
/// no stream breaks. Ends once, with `ended`:
///  - Finished: the job reached a terminal state (its last messages are given a moment to arrive);
///  - ServerGone: the job service closed the connection or two state requests in a row found
///    nobody there (a few seconds after it died), or nothing at all came from it for
///    SilencePatience (it hangs, or its machine or the network between went away). A service that
///    is only slow (a loaded machine, a Java job server's long garbage collection) is given that
///    long: `silent` says once per silent spell that it has not answered for a while;
///  - NotFound: the service knows no such job;
///  - Failed: both streams are over and the service answers GetState with an error (Beam's
///    Python job server answers an unknown job id so: an exception, not NOT_FOUND).
class JobWatch final : public QObject
{
    Q_OBJECT

public:
    enum class End { Finished, ServerGone, NotFound, Failed };
    Q_ENUM(End)

    static constexpr std::chrono::milliseconds HeartbeatInterval{1000};
    static constexpr std::chrono::milliseconds HeartbeatTimeout{1500};
    /// How long a job service may stay silent (no answer, no stream event) before it is taken
    /// for gone. Twice the heartbeat's deadline was too short: four launches building at once on
    /// two cores kept a managed Prism from answering for 3 s.
    static constexpr std::chrono::milliseconds SilencePatience{10000};
    /// How long the message stream may still deliver after a terminal state.
    static constexpr std::chrono::milliseconds MessageGrace{1000};

    ~JobWatch() override;

    QString jobId() const { return m_jobId; }
    /// The last state seen; Unspecified before the first.
    JobState state() const { return m_state; }
    bool isActive() const { return !m_over; }
    /// Stops watching: the calls are cancelled and nothing more is emitted.
    void stop();
    /// What to tell the user on `silent`: the service at `endpoint` has not answered for
    /// `silentFor` and is given SilencePatience.
    static QString silenceText(const QString &endpoint, std::chrono::milliseconds silentFor);

Q_SIGNALS:
    void stateChanged(bl::jobs::JobState state, const QDateTime &since);
    void messageReceived(const bl::jobs::JobMessage &message);
    /// The job service has not answered for `silentFor` (a heartbeat went unanswered); said once
    /// per silent spell. The watch waits until SilencePatience before it ends with ServerGone.
    void silent(std::chrono::milliseconds silentFor);
    void ended(bl::jobs::JobWatch::End how, const QString &detail);

private:
    friend class JobApiClient;
    JobWatch(JobApiClient *client, const QString &jobId);
    void start();
    void noteState(JobState state, const QDateTime &since);
    void streamEnded(bool messages, const CallError *error);
    void probe();
    void probeFailed(const CallError &error);
    /// Something came from the job service: it is there.
    void heard();
    void finish(End how, const QString &detail);
    void cancelCalls();

    QPointer<JobApiClient> m_client;
    std::shared_ptr<JobApiClient::Shared> m_shared;
    QString m_jobId;
    JobState m_state = JobState::Unspecified;
    quint64 m_stateStream = 0;
    quint64 m_messageStream = 0;
    quint64 m_probe = 0;
    bool m_messagesOver = false;
    bool m_statesOver = false;
    bool m_over = false;
    int m_unreachable = 0; // state requests in a row that found nobody
    bool m_silentSaid = false;
    QElapsedTimer m_lastHeard;
    QTimer m_heartbeat;
    QTimer m_grace;
};

} // namespace bl::jobs
