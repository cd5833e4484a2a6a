// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// bl_jobapistandin RECORDING.json: a real gRPC server speaking Beam's Job API (the JobService
// subset Beam Launcher follows jobs with: GetJobs, GetState, GetStateStream, GetMessageStream,
// Cancel, GetJobMetrics) on 127.0.0.1 and a port the kernel picks, printed as "PORT=N" on stdout.
// It stands in for job services that cannot run here (a Beam Flink job server), replaying their
// recorded behaviour from RECORDING (tests/fixtures/jobapi/*.json):
//   replayHistory       every GetStateStream first sends the job's whole history (Flink), not
//                       only its current state
//   messagesRepeatStates GetMessageStream carries the state events too, history first
//   duplicates          every event is sent twice (what a retrying network path can do)
//   stateStreamEndsAfterMs  GetStateStream ends cleanly after this long, job not over (a cut)
//   cancel              {"honoured": bool, "afterMs": N}: CANCELLING at once, then CANCELLED
//                       after N ms (Flink: about 100); not honoured: "CANCELLED" at once, as
//                       Beam's Python job server marks it without stopping anything
//   jobs[]              {id, name, history: [[STATE, ms], ...], messages: [[importance, text, ms]]}
//                       ms counted from the server's start; a job without a terminal state stays
//                       in its last one until cancelled.
// It stops on SIGTERM/SIGINT or when its stdin closes.
#include "job_api.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace pb = org::apache::beam::model::job_management::v1;
using Clock = std::chrono::steady_clock;

namespace {

struct Event
{
    pb::JobState::Enum state;
    int atMs;
};

struct Message
{
    pb::JobMessage::MessageImportance importance;
    std::string text;
    int atMs;
};

struct Job
{
    std::string id;
    std::string name;
    std::vector<Event> history;
    std::vector<Message> messages;
};

struct Recording
{
    bool replayHistory = false;
    bool messagesRepeatStates = false;
    bool duplicates = false;
    int stateStreamEndsAfterMs = 0;
    bool cancelHonoured = true;
    int cancelAfterMs = 100;
    std::vector<Job> jobs;
};

pb::JobState::Enum stateNamed(const QString &name)
{
    pb::JobState::Enum state = pb::JobState::UNSPECIFIED;
    pb::JobState::Enum_Parse(name.toStdString(), &state);
    return state;
}

bool isTerminal(pb::JobState::Enum s)
{
    return s == pb::JobState::DONE || s == pb::JobState::FAILED || s == pb::JobState::CANCELLED
        || s == pb::JobState::UPDATED || s == pb::JobState::DRAINED;
}

bool load(const QString &path, Recording *r, std::string *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = "cannot read " + path.toStdString();
        return false;
    }
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        *error = path.toStdString() + ": " + parseError.errorString().toStdString();
        return false;
    }
    r->replayHistory = root.value(QStringLiteral("replayHistory")).toBool();
    r->messagesRepeatStates = root.value(QStringLiteral("messagesRepeatStates")).toBool();
    r->duplicates = root.value(QStringLiteral("duplicates")).toBool();
    r->stateStreamEndsAfterMs = root.value(QStringLiteral("stateStreamEndsAfterMs")).toInt();
    const QJsonObject cancel = root.value(QStringLiteral("cancel")).toObject();
    r->cancelHonoured = cancel.value(QStringLiteral("honoured")).toBool(true);
    r->cancelAfterMs = cancel.value(QStringLiteral("afterMs")).toInt(100);
    for (const QJsonValue &j : root.value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject o = j.toObject();
        Job job{o.value(QStringLiteral("id")).toString().toStdString(),
                o.value(QStringLiteral("name")).toString().toStdString(), {}, {}};
        for (const QJsonValue &e : o.value(QStringLiteral("history")).toArray()) {
            const QJsonArray pair = e.toArray();
            const pb::JobState::Enum state = stateNamed(pair.at(0).toString());
            if (state == pb::JobState::UNSPECIFIED) {
                *error = "unknown state " + pair.at(0).toString().toStdString();
                return false;
            }
            job.history.push_back({state, pair.at(1).toInt()});
        }
        for (const QJsonValue &m : o.value(QStringLiteral("messages")).toArray()) {
            const QJsonArray triple = m.toArray();
            pb::JobMessage::MessageImportance importance = pb::JobMessage::JOB_MESSAGE_BASIC;
            pb::JobMessage::MessageImportance_Parse(triple.at(0).toString().toStdString(), &importance);
            job.messages.push_back({importance, triple.at(1).toString().toStdString(), triple.at(2).toInt()});
        }
        if (job.id.empty() || job.history.empty()) {
            *error = "a job needs an id and a history";
            return false;
        }
        r->jobs.push_back(std::move(job));
    }
    return true;
}

class StandIn final : public pb::JobService::Service
{
public:
    explicit StandIn(Recording recording)
        : m_recording(std::move(recording))
        , m_start(Clock::now())
    {
    }

    grpc::Status GetJobs(grpc::ServerContext *, const pb::GetJobsRequest *, pb::GetJobsResponse *response) override
    {
        std::lock_guard lock(m_mutex);
        for (const Job &job : m_recording.jobs) {
            pb::JobInfo *info = response->add_job_info();
            info->set_job_id(job.id);
            info->set_job_name(job.name);
            info->set_state(current(job).state);
        }
        return grpc::Status::OK;
    }

    grpc::Status GetState(grpc::ServerContext *, const pb::GetJobStateRequest *request, pb::JobStateEvent *response) override
    {
        std::lock_guard lock(m_mutex);
        const Job *job = find(request->job_id());
        if (!job)
            return notFound(request->job_id());
        fill(response, current(*job));
        return grpc::Status::OK;
    }

    grpc::Status Cancel(grpc::ServerContext *, const pb::CancelJobRequest *request, pb::CancelJobResponse *response) override
    {
        std::lock_guard lock(m_mutex);
        Job *job = find(request->job_id());
        if (!job)
            return notFound(request->job_id());
        const Event now = current(*job);
        if (!isTerminal(now.state)) {
            // Whatever was still to come is not coming any more.
            const int at = elapsedMs();
            std::vector<Event> past;
            for (const Event &e : job->history) {
                if (e.atMs <= at)
                    past.push_back(e);
            }
            job->history = past;
            if (m_recording.cancelHonoured) {
                job->history.push_back({pb::JobState::CANCELLING, at});
                job->history.push_back({pb::JobState::CANCELLED, at + m_recording.cancelAfterMs});
            } else {
                job->history.push_back({pb::JobState::CANCELLED, at});
            }
        }
        response->set_state(current(*job).state);
        return grpc::Status::OK;
    }

    grpc::Status GetStateStream(grpc::ServerContext *context, const pb::GetJobStateRequest *request,
                                grpc::ServerWriter<pb::JobStateEvent> *writer) override
    {
        size_t sent = 0;
        {
            std::lock_guard lock(m_mutex);
            const Job *job = find(request->job_id());
            if (!job)
                return notFound(request->job_id());
            const size_t past = pastCount(*job);
            sent = m_recording.replayHistory ? 0 : past - 1; // else only the current state
        }
        const auto cut = m_recording.stateStreamEndsAfterMs > 0
                             ? Clock::now() + std::chrono::milliseconds(m_recording.stateStreamEndsAfterMs)
                             : Clock::time_point::max();
        while (!context->IsCancelled() && !m_stopping) {
            std::vector<Event> due;
            bool over = false;
            {
                std::lock_guard lock(m_mutex);
                const Job &job = *find(request->job_id());
                const size_t past = pastCount(job);
                for (; sent < past; ++sent)
                    due.push_back(job.history[sent]);
                over = isTerminal(current(job).state);
            }
            for (const Event &e : due) {
                pb::JobStateEvent event;
                fill(&event, e);
                for (int copy = 0; copy < (m_recording.duplicates ? 2 : 1); ++copy) {
                    if (!writer->Write(event))
                        return grpc::Status::CANCELLED;
                }
            }
            if (over || Clock::now() >= cut)
                return grpc::Status::OK;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return grpc::Status::CANCELLED;
    }

    grpc::Status GetMessageStream(grpc::ServerContext *context, const pb::JobMessagesRequest *request,
                                  grpc::ServerWriter<pb::JobMessagesResponse> *writer) override
    {
        size_t statesSent = 0;
        size_t messagesSent = 0;
        {
            std::lock_guard lock(m_mutex);
            if (!find(request->job_id()))
                return notFound(request->job_id());
        }
        while (!context->IsCancelled() && !m_stopping) {
            std::vector<pb::JobMessagesResponse> due;
            bool over = false;
            {
                std::lock_guard lock(m_mutex);
                const Job &job = *find(request->job_id());
                const int at = elapsedMs();
                for (; messagesSent < job.messages.size() && job.messages[messagesSent].atMs <= at; ++messagesSent) {
                    const Message &m = job.messages[messagesSent];
                    pb::JobMessagesResponse r;
                    pb::JobMessage *message = r.mutable_message_response();
                    message->set_message_id(std::to_string(messagesSent + 1));
                    message->set_importance(m.importance);
                    message->set_message_text(m.text);
                    due.push_back(r);
                }
                if (m_recording.messagesRepeatStates) {
                    const size_t past = pastCount(job);
                    for (; statesSent < past; ++statesSent) {
                        pb::JobMessagesResponse r;
                        fill(r.mutable_state_response(), job.history[statesSent]);
                        due.push_back(r);
                    }
                }
                over = isTerminal(current(job).state);
            }
            for (const pb::JobMessagesResponse &r : due) {
                for (int copy = 0; copy < (m_recording.duplicates ? 2 : 1); ++copy) {
                    if (!writer->Write(r))
                        return grpc::Status::CANCELLED;
                }
            }
            if (over)
                return grpc::Status::OK;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return grpc::Status::CANCELLED;
    }

    grpc::Status GetJobMetrics(grpc::ServerContext *, const pb::GetJobMetricsRequest *request,
                               pb::GetJobMetricsResponse *) override
    {
        std::lock_guard lock(m_mutex);
        return find(request->job_id()) ? grpc::Status::OK : notFound(request->job_id());
    }

    void stop() { m_stopping = true; }

private:
    int elapsedMs() const
    {
        return int(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - m_start).count());
    }
    /// How many of the job's events have happened (at least its first).
    size_t pastCount(const Job &job) const
    {
        const int at = elapsedMs();
        size_t n = 0;
        while (n < job.history.size() && job.history[n].atMs <= at)
            ++n;
        return std::max<size_t>(n, 1);
    }
    Event current(const Job &job) const { return job.history[pastCount(job) - 1]; }
    void fill(pb::JobStateEvent *event, const Event &e) const
    {
        event->set_state(e.state);
        const auto at = std::chrono::system_clock::now() - std::chrono::milliseconds(elapsedMs() - e.atMs);
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
        event->mutable_timestamp()->set_seconds(ms / 1000);
        event->mutable_timestamp()->set_nanos(int(ms % 1000) * 1000000);
    }
    Job *find(const std::string &id)
    {
        for (Job &job : m_recording.jobs) {
            if (job.id == id)
                return &job;
        }
        return nullptr;
    }
    static grpc::Status notFound(const std::string &id)
    {
        return grpc::Status(grpc::StatusCode::NOT_FOUND, "job " + id + " not found");
    }

    std::mutex m_mutex;
    Recording m_recording;
    const Clock::time_point m_start;
    std::atomic<bool> m_stopping{false};
};

std::atomic<bool> g_stop{false};

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::cerr << "usage: bl_jobapistandin RECORDING.json\n";
        return 2;
    }
    Recording recording;
    std::string error;
    if (!load(QString::fromLocal8Bit(argv[1]), &recording, &error)) {
        std::cerr << "bl_jobapistandin: " << error << "\n";
        return 2;
    }
    StandIn service(std::move(recording));
    int port = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&service);
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0) {
        std::cerr << "bl_jobapistandin: cannot listen on 127.0.0.1\n";
        return 1;
    }
    std::cout << "PORT=" << port << std::endl;

    std::signal(SIGTERM, [](int) { g_stop = true; });
    std::signal(SIGINT, [](int) { g_stop = true; });
    // Its parent's end closes stdin: the stand-in never outlives the test that started it.
    std::thread stdinWatch([] {
        char c;
        while (::read(0, &c, 1) > 0) {
        }
        g_stop = true;
    });
    stdinWatch.detach();
    while (!g_stop)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    service.stop();
    server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(2));
    return 0;
}
