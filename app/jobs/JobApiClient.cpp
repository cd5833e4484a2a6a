// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobApiClient.h"

#include "JobProto.h"
#include "job_api.grpc.pb.h"
#include "jobs/JobsText.h"

#include <grpcpp/grpcpp.h>

#include <QCoreApplication>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <utility>
#include <vector>

namespace bl::jobs {

namespace pb = org::apache::beam::model::job_management::v1;
using namespace proto;

// What the gRPC threads share with the Qt side. Answers are posted to `target` (the client) as
// queued calls, so they run on its thread; once the client is gone, `target` is null and
// nothing more is posted. `live` holds every running call's context, to cancel it; `inflight`
// counts the calls whose callback has not returned yet. A callback never holds the last
// reference to this object: the client keeps it until `inflight` is zero (closeAndWait), so the
// channel is released on the client's thread, never on a gRPC thread racing the program's exit
// (gRPC 1.51 aborts with "ref_counted.h: assertion failed: prior > 0" when that happens).
struct JobApiClient::Shared
{
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<pb::JobService::Stub> stub;
    std::recursive_mutex mutex;
    std::condition_variable_any drained;
    QObject *target = nullptr;
    std::map<quint64, grpc::ClientContext *> live;
    int inflight = 0;
    std::atomic<quint64> nextId{1};

    quint64 add(grpc::ClientContext *context)
    {
        std::lock_guard lock(mutex);
        if (!target)
            return 0;
        const quint64 id = nextId++;
        live.emplace(id, context);
        ++inflight;
        return id;
    }
    /// The very last thing a call's callback does: nothing of the call is touched after it.
    void done()
    {
        std::lock_guard lock(mutex);
        --inflight;
        drained.notify_all();
    }
    void remove(quint64 id)
    {
        std::lock_guard lock(mutex);
        live.erase(id);
    }
    void cancel(quint64 id)
    {
        std::lock_guard lock(mutex);
        if (const auto it = live.find(id); it != live.end())
            it->second->TryCancel();
    }
    void post(std::function<void()> f)
    {
        std::lock_guard lock(mutex);
        if (target)
            QMetaObject::invokeMethod(target, std::move(f), Qt::QueuedConnection);
    }
    /// Posts nothing more, cancels every running call and waits, at most `bound`, until their
    /// callbacks have returned (a cancelled call's callback comes within milliseconds). False when
    /// some did not return in time.
    bool closeAndWait(std::chrono::milliseconds bound)
    {
        std::unique_lock lock(mutex);
        target = nullptr;
        for (const auto &entry : live)
            entry.second->TryCancel();
        return drained.wait_for(lock, bound, [this] { return inflight == 0; });
    }
};

namespace {

using Shared = std::shared_ptr<JobApiClient::Shared>;

/// One unary call. `start` calls the stub's async method; `convert` turns the answer into Qt
/// types on the gRPC thread; `ok` / `fail` run on the client's thread.
template <class Request, class Response, class Result>
quint64 unary(const Shared &shared, std::chrono::milliseconds timeout, Request request,
              std::function<void(pb::JobService::Stub::async_interface *, grpc::ClientContext *, const Request *,
                                 Response *, std::function<void(grpc::Status)>)>
                  start,
              std::function<Result(const Response &)> convert, std::function<void(quint64, const Result &)> ok,
              std::function<void(quint64, const CallError &)> fail)
{
    // Everything the call needs lives here and is deleted by its callback, which captures only
    // this pointer: nothing of the call outlives the callback's return (see Shared).
    struct Call
    {
        grpc::ClientContext context;
        Request request;
        Response response;
        JobApiClient::Shared *shared = nullptr;
        quint64 id = 0;
        std::function<Result(const Response &)> convert;
        std::function<void(quint64, const Result &)> ok;
        std::function<void(quint64, const CallError &)> fail;
    };
    auto *call = new Call;
    call->request = std::move(request);
    call->context.set_deadline(std::chrono::system_clock::now() + timeout);
    call->shared = shared.get();
    call->convert = std::move(convert);
    call->ok = std::move(ok);
    call->fail = std::move(fail);
    call->id = shared->add(&call->context);
    const quint64 id = call->id;
    if (!id) {
        delete call;
        return 0;
    }
    start(shared->stub->async(), &call->context, &call->request, &call->response, [call](grpc::Status status) {
        JobApiClient::Shared *owner = call->shared;
        owner->remove(call->id);
        if (status.ok()) {
            Result result = call->convert(call->response);
            owner->post([ok = call->ok, id = call->id, result = std::move(result)] { ok(id, result); });
        } else {
            owner->post([fail = call->fail, id = call->id, error = toError(status)] { fail(id, error); });
        }
        delete call;
        owner->done();
    });
    return id;
}

/// One server stream, read to its end. `onRead` runs on the gRPC thread (it converts and posts).
template <class Request, class Response>
class Reader final : public grpc::ClientReadReactor<Response>
{
public:
    Reader(Shared shared, Request request, std::function<void(const Response &)> onRead,
           std::function<void(const grpc::Status &)> onDone)
        : m_shared(std::move(shared))
        , m_request(std::move(request))
        , m_onRead(std::move(onRead))
        , m_onDone(std::move(onDone))
    {
    }

    /// `open` attaches this reactor to the stub's method. Returns the call's id, 0 when closed.
    quint64 begin(const std::function<void(pb::JobService::Stub::async_interface *, grpc::ClientContext *,
                                           const Request *, grpc::ClientReadReactor<Response> *)> &open)
    {
        m_id = m_shared->add(&m_context);
        if (!m_id) {
            delete this;
            return 0;
        }
        const quint64 id = m_id;
        open(m_shared->stub->async(), &m_context, &m_request, this);
        this->StartRead(&m_response);
        this->StartCall(); // from here on, OnDone may delete this at any time
        return id;
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return; // the stream ended: OnDone follows
        m_onRead(m_response);
        this->StartRead(&m_response);
    }

    void OnDone(const grpc::Status &status) override
    {
        JobApiClient::Shared *owner = m_shared.get(); // kept alive by the client until done()
        owner->remove(m_id);
        m_onDone(status);
        delete this;
        owner->done();
    }

private:
    Shared m_shared;
    grpc::ClientContext m_context;
    Request m_request;
    Response m_response;
    std::function<void(const Response &)> m_onRead;
    std::function<void(const grpc::Status &)> m_onDone;
    quint64 m_id = 0;
};

} // namespace

JobApiClient::JobApiClient(const QString &endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint.trimmed())
    , m_shared(std::make_shared<Shared>())
{
    grpc::ChannelArguments args;
    // Job messages and metrics can be large; Beam's own clients allow far more than gRPC's 4 MB.
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    // After the service was away, try again soon: a watch probes every second.
    args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, 250);
    args.SetInt(GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, 250);
    args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, 1000);
    m_shared->channel = grpc::CreateCustomChannel(toStd(m_endpoint), grpc::InsecureChannelCredentials(), args);
    m_shared->stub = pb::JobService::NewStub(m_shared->channel);
    m_shared->target = this;
}

JobApiClient::~JobApiClient()
{
    // Bounded: cancelled calls end within milliseconds. Should one not, its Shared is kept for the
    // rest of the process rather than freed under a running callback.
    if (!m_shared->closeAndWait(std::chrono::milliseconds(2000)))
        static_cast<void>(new std::shared_ptr<Shared>(m_shared));
}

bool JobApiClient::checkEndpoint(const QString &endpoint, QString *problem)
{
    auto complain = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return false;
    };
    const QString e = endpoint.trimmed();
    if (e.isEmpty())
        return complain(JobsText::tr("no job service endpoint: give HOST:PORT, for example localhost:8073."));
    if (e.contains(QStringLiteral("://")))
        return complain(JobsText::tr("\"%1\" is a URL: give the job service as HOST:PORT, for example localhost:8073.")
                            .arg(e));
    const qsizetype colon = e.lastIndexOf(u':');
    if (colon <= 0)
        return complain(JobsText::tr("\"%1\" has no port: give HOST:PORT, for example localhost:8073.").arg(e));
    const QString host = e.left(colon);
    bool ok = false;
    const int port = e.mid(colon + 1).toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return complain(JobsText::tr("\"%1\" has no valid port (1-65535): give HOST:PORT.").arg(e));
    if (host.contains(u':') && !(host.startsWith(u'[') && host.endsWith(u']')))
        return complain(JobsText::tr("write an IPv6 address in brackets: [%1]:%2.").arg(host).arg(port));
    if (host.contains(u' ') || host == u"[]")
        return complain(JobsText::tr("\"%1\" is not a host name.").arg(host));
    return true;
}

QString JobApiClient::describe(const CallError &error) const
{
    switch (error.kind) {
    case CallError::Kind::Unreachable:
        return JobsText::tr("cannot reach the job service at %1 (%2)").arg(m_endpoint, error.message);
    case CallError::Kind::Timeout:
        return JobsText::tr("the job service at %1 did not answer in time").arg(m_endpoint);
    case CallError::Kind::NotFound:
        return JobsText::tr("the job service at %1 knows no such job (%2)").arg(m_endpoint, error.message);
    case CallError::Kind::Unsupported:
        return JobsText::tr("the job service at %1 does not support this request (%2)").arg(m_endpoint, error.message);
    case CallError::Kind::Cancelled:
        return JobsText::tr("the request to %1 was stopped").arg(m_endpoint);
    case CallError::Kind::Other:
        break;
    }
    return JobsText::tr("the job service at %1 answered with an error: %2 (gRPC code %3)")
        .arg(m_endpoint, error.message)
        .arg(error.grpcCode);
}

// The answers below run on this client's thread (posted to it), so `this` is alive.
quint64 JobApiClient::listJobs()
{
    return unary<pb::GetJobsRequest, pb::GetJobsResponse, QList<JobInfo>>(
        m_shared, m_callTimeout, pb::GetJobsRequest(),
        [](auto *stub, auto *context, auto *req, auto *response, auto done) {
            stub->GetJobs(context, req, response, std::move(done));
        },
        [](const pb::GetJobsResponse &r) {
            QList<JobInfo> jobs;
            for (const pb::JobInfo &info : r.job_info())
                jobs.append(toJobInfo(info));
            return jobs;
        },
        [this](quint64 id, const QList<JobInfo> &jobs) { Q_EMIT jobsListed(id, jobs); },
        [this](quint64 id, const CallError &error) { Q_EMIT callFailed(id, Call::ListJobs, QString(), error); });
}

quint64 JobApiClient::requestState(const QString &jobId)
{
    pb::GetJobStateRequest request;
    request.set_job_id(toStd(jobId));
    using Answer = std::pair<JobState, QDateTime>;
    return unary<pb::GetJobStateRequest, pb::JobStateEvent, Answer>(
        m_shared, m_callTimeout, std::move(request),
        [](auto *stub, auto *context, auto *req, auto *response, auto done) {
            stub->GetState(context, req, response, std::move(done));
        },
        [](const pb::JobStateEvent &r) { return Answer(jobStateFromNumber(int(r.state())), toDateTime(r.timestamp())); },
        [this, jobId](quint64 id, const Answer &a) { Q_EMIT stateReceived(id, jobId, a.first, a.second); },
        [this, jobId](quint64 id, const CallError &error) { Q_EMIT callFailed(id, Call::GetState, jobId, error); });
}

quint64 JobApiClient::requestMetrics(const QString &jobId)
{
    pb::GetJobMetricsRequest request;
    request.set_job_id(toStd(jobId));
    return unary<pb::GetJobMetricsRequest, pb::GetJobMetricsResponse, QList<Metric>>(
        m_shared, m_callTimeout, std::move(request),
        [](auto *stub, auto *context, auto *req, auto *response, auto done) {
            stub->GetJobMetrics(context, req, response, std::move(done));
        },
        [](const pb::GetJobMetricsResponse &r) {
            QList<Metric> metrics;
            appendMetrics(&metrics, r.metrics().attempted(), false);
            appendMetrics(&metrics, r.metrics().committed(), true);
            return metrics;
        },
        [this, jobId](quint64 id, const QList<Metric> &metrics) { Q_EMIT metricsReceived(id, jobId, metrics); },
        [this, jobId](quint64 id, const CallError &error) { Q_EMIT callFailed(id, Call::GetMetrics, jobId, error); });
}

quint64 JobApiClient::requestPipeline(const QString &jobId)
{
    pb::GetJobPipelineRequest request;
    request.set_job_id(toStd(jobId));
    return unary<pb::GetJobPipelineRequest, pb::GetJobPipelineResponse, PipelineInfo>(
        m_shared, m_callTimeout, std::move(request),
        [](auto *stub, auto *context, auto *req, auto *response, auto done) {
            stub->GetPipeline(context, req, response, std::move(done));
        },
        [](const pb::GetJobPipelineResponse &r) { return toPipelineInfo(r.pipeline()); },
        [this, jobId](quint64 id, const PipelineInfo &p) { Q_EMIT pipelineReceived(id, jobId, p); },
        [this, jobId](quint64 id, const CallError &error) { Q_EMIT callFailed(id, Call::GetPipeline, jobId, error); });
}

quint64 JobApiClient::cancel(const QString &jobId)
{
    pb::CancelJobRequest request;
    request.set_job_id(toStd(jobId));
    return unary<pb::CancelJobRequest, pb::CancelJobResponse, JobState>(
        m_shared, m_callTimeout, std::move(request),
        [](auto *stub, auto *context, auto *req, auto *response, auto done) {
            stub->Cancel(context, req, response, std::move(done));
        },
        [](const pb::CancelJobResponse &r) { return jobStateFromNumber(int(r.state())); },
        [this, jobId](quint64 id, const JobState &state) { Q_EMIT cancelAnswered(id, jobId, state); },
        [this, jobId](quint64 id, const CallError &error) { Q_EMIT callFailed(id, Call::Cancel, jobId, error); });
}

JobWatch *JobApiClient::watch(const QString &jobId)
{
    auto *w = new JobWatch(this, jobId);
    w->start();
    return w;
}

// ---- JobWatch ----

JobWatch::JobWatch(JobApiClient *client, const QString &jobId)
    : QObject(client)
    , m_client(client)
    , m_shared(client->m_shared)
    , m_jobId(jobId)
{
    m_heartbeat.setInterval(HeartbeatInterval);
    connect(&m_heartbeat, &QTimer::timeout, this, &JobWatch::probe);
    m_grace.setSingleShot(true);
    m_grace.setInterval(MessageGrace);
    connect(&m_grace, &QTimer::timeout, this, [this] { finish(End::Finished, jobStateName(m_state)); });
}

JobWatch::~JobWatch()
{
    cancelCalls();
}

void JobWatch::start()
{
    QPointer<JobWatch> self(this);
    const Shared shared = m_shared;
    const QString jobId = m_jobId;

    pb::GetJobStateRequest stateRequest;
    stateRequest.set_job_id(toStd(jobId));
    auto *states = new Reader<pb::GetJobStateRequest, pb::JobStateEvent>(
        shared, std::move(stateRequest),
        [shared, self](const pb::JobStateEvent &e) {
            shared->post([self, state = jobStateFromNumber(int(e.state())), at = toDateTime(e.timestamp())] {
                if (!self)
                    return;
                self->heard();
                self->noteState(state, at);
            });
        },
        [shared, self](const grpc::Status &status) {
            shared->post([self, ok = status.ok(), error = toError(status)] {
                if (self)
                    self->streamEnded(false, ok ? nullptr : &error);
            });
        });
    m_stateStream = states->begin([](auto *stub, auto *context, auto *request, auto *reactor) {
        stub->GetStateStream(context, request, reactor);
    });

    pb::JobMessagesRequest messageRequest;
    messageRequest.set_job_id(toStd(jobId));
    auto *messages = new Reader<pb::JobMessagesRequest, pb::JobMessagesResponse>(
        shared, std::move(messageRequest),
        [shared, self, jobId](const pb::JobMessagesResponse &r) {
            if (r.has_message_response()) {
                shared->post([self, m = toMessage(jobId, r.message_response())] {
                    if (!self || !self->isActive())
                        return;
                    self->heard();
                    Q_EMIT self->messageReceived(m);
                });
            } else if (r.has_state_response()) {
                const auto &e = r.state_response();
                shared->post([self, state = jobStateFromNumber(int(e.state())), at = toDateTime(e.timestamp())] {
                    if (!self)
                        return;
                    self->heard();
                    self->noteState(state, at);
                });
            }
        },
        [shared, self](const grpc::Status &status) {
            shared->post([self, ok = status.ok(), error = toError(status)] {
                if (self)
                    self->streamEnded(true, ok ? nullptr : &error);
            });
        });
    m_messageStream = messages->begin([](auto *stub, auto *context, auto *request, auto *reactor) {
        stub->GetMessageStream(context, request, reactor);
    });

    m_lastHeard.start();
    m_heartbeat.start();
}

QString JobWatch::silenceText(const QString &endpoint, std::chrono::milliseconds silentFor)
{
    return JobsText::tr("The job service at %1 has not answered for %2 s; it is given %3 s before it is taken for gone.")
        .arg(endpoint)
        .arg(silentFor.count() / 1000.0, 0, 'f', 1)
        .arg(SilencePatience.count() / 1000);
}

void JobWatch::heard()
{
    m_lastHeard.start();
    m_silentSaid = false;
    m_unreachable = 0;
}

void JobWatch::noteState(JobState state, const QDateTime &since)
{
    // Forward only: a replayed history (Flink: every subscription gets it all, and the message
    // stream repeats it), the other stream's older event or a late probe answer is no news.
    if (m_over || !advances(m_state, state))
        return;
    m_state = state;
    Q_EMIT stateChanged(state, since);
    if (isTerminal(state)) {
        m_heartbeat.stop();
        if (m_messagesOver || !m_messageStream)
            finish(End::Finished, jobStateName(state));
        else
            m_grace.start();
    }
}

void JobWatch::streamEnded(bool messages, const CallError *error)
{
    if (messages) {
        m_messageStream = 0;
        m_messagesOver = true;
    } else {
        m_stateStream = 0;
        m_statesOver = true;
    }
    if (m_over)
        return;
    if (error && error->kind == CallError::Kind::Unreachable) {
        finish(End::ServerGone, error->message);
        return;
    }
    if (error && error->kind == CallError::Kind::NotFound) {
        finish(End::NotFound, error->message);
        return;
    }
    if (messages && isTerminal(m_state))
        finish(End::Finished, jobStateName(m_state));
    // Otherwise (a stream a service does not offer, or one that ended early) the other stream
    // and the heartbeat go on and tell how the job ends.
}

void JobWatch::probe()
{
    if (m_over || m_probe)
        return;
    QPointer<JobWatch> self(this);
    pb::GetJobStateRequest request;
    request.set_job_id(toStd(m_jobId));
    using Answer = std::pair<JobState, QDateTime>;
    m_probe = unary<pb::GetJobStateRequest, pb::JobStateEvent, Answer>(
        m_shared, HeartbeatTimeout, std::move(request),
        [](auto *stub, auto *context, auto *req, auto *response, auto done) {
            stub->GetState(context, req, response, std::move(done));
        },
        [](const pb::JobStateEvent &r) { return Answer(jobStateFromNumber(int(r.state())), toDateTime(r.timestamp())); },
        [self](quint64, const Answer &a) {
            if (!self)
                return;
            self->m_probe = 0;
            self->heard();
            self->noteState(a.first, a.second);
        },
        [self](quint64, const CallError &error) {
            if (!self)
                return;
            self->m_probe = 0;
            self->probeFailed(error);
        });
}

void JobWatch::probeFailed(const CallError &error)
{
    if (m_over)
        return;
    switch (error.kind) {
    case CallError::Kind::NotFound:
        finish(End::NotFound, error.message);
        return;
    case CallError::Kind::Unreachable:
        // Nobody at the address (refused, reset): it died or went away. Twice in a row decides.
        if (++m_unreachable >= 2) {
            finish(End::ServerGone, error.message);
            return;
        }
        probe(); // ask again at once
        return;
    case CallError::Kind::Timeout: {
        // Reachable but silent: a hang, or only slow. Given SilencePatience since it was last heard.
        const auto silentFor = std::chrono::milliseconds(m_lastHeard.elapsed());
        if (silentFor >= SilencePatience) {
            finish(End::ServerGone, JobsText::tr("no answer for %1 s").arg(qRound(silentFor.count() / 1000.0)));
            return;
        }
        if (!std::exchange(m_silentSaid, true))
            Q_EMIT silent(silentFor);
        probe(); // ask again at once
        return;
    }
    default:
        // A service without GetState: the streams decide, as long as they run.
        if (m_statesOver && m_messagesOver)
            finish(End::Failed, error.message);
        return;
    }
}

void JobWatch::finish(End how, const QString &detail)
{
    if (m_over)
        return;
    m_over = true;
    m_heartbeat.stop();
    m_grace.stop();
    cancelCalls();
    Q_EMIT ended(how, detail);
}

void JobWatch::stop()
{
    m_over = true;
    m_heartbeat.stop();
    m_grace.stop();
    cancelCalls();
}

void JobWatch::cancelCalls()
{
    for (quint64 *id : {&m_stateStream, &m_messageStream, &m_probe}) {
        if (*id)
            m_shared->cancel(*id);
        *id = 0;
    }
}

} // namespace bl::jobs
