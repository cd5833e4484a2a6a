// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// bl_jobapistandin RECORDING.json [--hold STATE] [--prepare-delay-ms N] [--run-delay-ms N] [--linger-ms N]:
// a real gRPC server speaking Beam's Job API (what Beam Launcher follows jobs with: GetJobs,
// GetState, GetStateStream, GetMessageStream, Cancel, GetJobMetrics; and what a pipeline's
// launcher submits with: Prepare, the ArtifactStagingService, Run) on 127.0.0.1 and a port the
// kernel picks, printed as "PORT=N" on stdout.
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
//   jobs[]              {id, name, history: [[STATE, ms], ...], messages: [[importance, text, ms]],
//                       metrics: [[ms, {PCOLLECTION: count, ...}], ...]}
//                       ms counted from the server's start; a job without a terminal state stays
//                       in its last one until cancelled. metrics (optional) is a recorded series:
//                       GetJobMetrics answers the last entry at or before now as attempted
//                       beam:metric:element_count:v1 values labelled PCOLLECTION (nothing before
//                       the first); without it, GetJobMetrics answers empty metrics.
//   submit              {idFormat, history, messages}: what a submitted job does, ms counted from
//                       its Run; idFormat makes its id from "{name}" (the job name), "{flinkname}"
//                       (the name as Beam's Flink job server makes it), "{uuid}" and "{n}" (1, 2, ...).
// A submission goes as it does on a job service: Prepare (the pipeline's environments name its
// artifacts), then the SDK opens ReverseArtifactRetrievalService and the stand-in asks for each
// artifact and takes its bytes (checking the SHA-256 the pipeline names), then Run.
// The options hold a launch at a stage, for tests that stop it there:
//   --hold STATE          a submitted job stays in STATE (STOPPED, STARTING, RUNNING) until cancelled
//   --prepare-delay-ms N  Prepare answers after N ms (the launch is submitting)
//   --run-delay-ms N      Run makes the job at once but answers after N ms (the job runs; its
//                         launcher does not know its id yet)
//   --linger-ms N         GetJobMetrics answers after N ms (the Go SDK asks once its job has ended:
//                         its launcher lingers after the job)
// What happens is said on stdout, a line each: PREPARING <job name>, PREPARED <id> <job name>, STAGED <id> <role>
// <bytes> sha256=ok|mismatch|unknown, RUN <job id>, CANCEL <job id>.
// It stops on SIGTERM/SIGINT or when its stdin closes.
#include "job_api.grpc.pb.h"
#include "standin_staging.grpc.pb.h"

#include <grpcpp/grpcpp.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>
#include <cctype>
#include <chrono>
#include <ctime>
#include <csignal>
#include <cstdio>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
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

struct Counts
{
    int atMs;
    std::vector<std::pair<std::string, long long>> elements; // PCollection id, count
};

struct Job
{
    std::string id;
    std::string name;
    std::vector<Event> history;
    std::vector<Message> messages;
    std::vector<Counts> metrics;
};

struct Recording
{
    bool replayHistory = false;
    bool messagesRepeatStates = false;
    bool duplicates = false;
    int stateStreamEndsAfterMs = 0;
    bool cancelHonoured = true;
    int cancelAfterMs = 100;
    std::deque<Job> jobs; // Run adds to it while streams look at others
    Job submit;           // its history and messages counted from Run; id and name made then
    std::string idFormat = "{name}_{uuid}";
};

struct Holds
{
    pb::JobState::Enum hold = pb::JobState::UNSPECIFIED;
    int prepareDelayMs = 0;
    int runDelayMs = 0;
    int lingerMs = 0;
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

bool loadJob(const QJsonObject &o, Job *job, std::string *error)
{
    job->id = o.value(QStringLiteral("id")).toString().toStdString();
    job->name = o.value(QStringLiteral("name")).toString().toStdString();
    for (const QJsonValue &e : o.value(QStringLiteral("history")).toArray()) {
        const QJsonArray pair = e.toArray();
        const pb::JobState::Enum state = stateNamed(pair.at(0).toString());
        if (state == pb::JobState::UNSPECIFIED) {
            *error = "unknown state " + pair.at(0).toString().toStdString();
            return false;
        }
        job->history.push_back({state, pair.at(1).toInt()});
    }
    for (const QJsonValue &m : o.value(QStringLiteral("messages")).toArray()) {
        const QJsonArray triple = m.toArray();
        pb::JobMessage::MessageImportance importance = pb::JobMessage::JOB_MESSAGE_BASIC;
        pb::JobMessage::MessageImportance_Parse(triple.at(0).toString().toStdString(), &importance);
        job->messages.push_back({importance, triple.at(1).toString().toStdString(), triple.at(2).toInt()});
    }
    for (const QJsonValue &m : o.value(QStringLiteral("metrics")).toArray()) {
        const QJsonArray pair = m.toArray();
        Counts counts{pair.at(0).toInt(), {}};
        const QJsonObject byPCollection = pair.at(1).toObject();
        for (auto it = byPCollection.begin(); it != byPCollection.end(); ++it)
            counts.elements.emplace_back(it.key().toStdString(), it.value().toInteger());
        job->metrics.push_back(std::move(counts));
    }
    if (job->history.empty()) {
        *error = "a job needs a history";
        return false;
    }
    return true;
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
        Job job;
        if (!loadJob(j.toObject(), &job, error))
            return false;
        if (job.id.empty()) {
            *error = "a job needs an id";
            return false;
        }
        r->jobs.push_back(std::move(job));
    }
    const QJsonObject submit = root.value(QStringLiteral("submit")).toObject();
    if (!submit.isEmpty()) {
        if (!loadJob(submit, &r->submit, error))
            return false;
        r->idFormat = submit.value(QStringLiteral("idFormat")).toString(QStringLiteral("{name}_{uuid}")).toStdString();
    }
    return true;
}

void say(const std::string &line)
{
    static std::mutex out;
    std::lock_guard lock(out);
    std::cout << line << std::endl;
}

/// A job prepared and not yet run: its name and the artifacts its pipeline's environments name.
struct Preparation
{
    std::string jobName;
    std::vector<pb::StagedArtifact> artifacts;
    bool staged = false;
};

class StandIn final : public pb::JobService::Service
{
public:
    StandIn(Recording recording, Holds holds)
        : m_recording(std::move(recording))
        , m_holds(holds)
        , m_start(Clock::now())
    {
    }

    grpc::Status Prepare(grpc::ServerContext *context, const pb::PrepareJobRequest *request,
                         pb::PrepareJobResponse *response) override
    {
        say("PREPARING " + request->job_name());
        if (!waitFor(context, m_holds.prepareDelayMs))
            return grpc::Status::CANCELLED;
        if (m_recording.submit.history.empty())
            return grpc::Status(grpc::StatusCode::UNIMPLEMENTED, "this recording takes no submissions");
        pb::StagedPipeline pipeline;
        if (!pipeline.ParseFromString(request->pipeline()))
            return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "the pipeline does not parse");
        Preparation preparation{request->job_name(), {}, false};
        for (const auto &[name, environment] : pipeline.components().environments()) {
            for (const pb::StagedArtifact &artifact : environment.dependencies())
                preparation.artifacts.push_back(artifact);
        }
        std::lock_guard lock(m_mutex);
        const std::string id = "prep-" + std::to_string(++m_preparations) + "-" + request->job_name();
        m_prepared[id] = std::move(preparation);
        response->set_preparation_id(id);
        response->set_staging_session_token(id);
        response->mutable_artifact_staging_endpoint()->set_url(m_address);
        say("PREPARED " + id + " " + request->job_name());
        return grpc::Status::OK;
    }

    grpc::Status Run(grpc::ServerContext *context, const pb::RunJobRequest *request, pb::RunJobResponse *response) override
    {
        if (!run(request, response))
            return grpc::Status(grpc::StatusCode::FAILED_PRECONDITION, "no staged preparation " + request->preparation_id());
        // The job exists (GetJobs lists it); its id reaches the launcher only now.
        waitFor(context, m_holds.runDelayMs);
        return grpc::Status::OK;
    }

    bool run(const pb::RunJobRequest *request, pb::RunJobResponse *response)
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_prepared.find(request->preparation_id());
        if (it == m_prepared.end() || !it->second.staged)
            return false;
        Job job = m_recording.submit;
        job.name = it->second.jobName;
        job.id = idFor(job.name);
        const int at = elapsedMs();
        std::vector<Event> history;
        for (Event e : job.history) {
            e.atMs += at;
            history.push_back(e);
            if (e.state == m_holds.hold)
                break; // it stays there until cancelled
        }
        job.history = history;
        for (Message &m : job.messages)
            m.atMs += at;
        for (Counts &c : job.metrics)
            c.atMs += at;
        m_prepared.erase(it);
        m_recording.jobs.push_back(job);
        response->set_job_id(job.id);
        say("RUN " + job.id);
        return true;
    }

    /// The SDK's side of ReverseArtifactRetrievalService: the stand-in asks, as a job service does.
    grpc::Status stage(grpc::ServerContext *context,
                       grpc::ServerReaderWriter<pb::ArtifactRequestWrapper, pb::ArtifactResponseWrapper> *stream)
    {
        pb::ArtifactResponseWrapper answer;
        if (!stream->Read(&answer))
            return grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "no staging token");
        const std::string token = answer.staging_token();
        std::vector<pb::StagedArtifact> wanted;
        {
            std::lock_guard lock(m_mutex);
            const auto it = m_prepared.find(token);
            if (it == m_prepared.end())
                return grpc::Status(grpc::StatusCode::NOT_FOUND, "no preparation " + token);
            wanted = it->second.artifacts;
        }
        pb::ArtifactRequestWrapper resolve;
        for (const pb::StagedArtifact &artifact : wanted)
            *resolve.mutable_resolve_artifact()->add_artifacts() = artifact;
        if (!stream->Write(resolve) || !stream->Read(&answer) || !answer.has_resolve_artifact_response())
            return grpc::Status(grpc::StatusCode::ABORTED, "the artifacts were not resolved");
        const auto replacements = answer.resolve_artifact_response().replacements();
        for (const pb::StagedArtifact &artifact : replacements) {
            pb::ArtifactRequestWrapper get;
            *get.mutable_get_artifact()->mutable_artifact() = artifact;
            if (!stream->Write(get))
                return grpc::Status(grpc::StatusCode::ABORTED, "the SDK went away");
            QCryptographicHash sha(QCryptographicHash::Sha256);
            qint64 bytes = 0;
            for (;;) {
                if (context->IsCancelled() || !stream->Read(&answer))
                    return grpc::Status(grpc::StatusCode::ABORTED, "the artifact's bytes stopped coming");
                const std::string &data = answer.get_artifact_response().data();
                sha.addData(QByteArrayView(data.data(), qsizetype(data.size())));
                bytes += qint64(data.size());
                if (answer.is_last())
                    break;
            }
            pb::StagedFilePayload file;
            std::string check = "unknown";
            if (artifact.type_urn() == "beam:artifact:type:file:v1" && file.ParseFromString(artifact.type_payload())
                && !file.sha256().empty())
                check = sha.result().toHex().toStdString() == file.sha256() ? "ok" : "mismatch";
            say("STAGED " + token + " " + (artifact.role_urn().empty() ? "-" : artifact.role_urn()) + " "
                + std::to_string(bytes) + " sha256=" + check);
        }
        std::lock_guard lock(m_mutex);
        const auto it = m_prepared.find(token);
        if (it != m_prepared.end())
            it->second.staged = true;
        return grpc::Status::OK;
    }

    void setAddress(const std::string &address) { m_address = address; }

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
        say("CANCEL " + job->id);
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

    grpc::Status GetJobMetrics(grpc::ServerContext *context, const pb::GetJobMetricsRequest *request,
                               pb::GetJobMetricsResponse *response) override
    {
        if (!waitFor(context, m_holds.lingerMs))
            return grpc::Status::CANCELLED;
        std::lock_guard lock(m_mutex);
        const Job *job = find(request->job_id());
        if (!job)
            return notFound(request->job_id());
        response->mutable_metrics(); // empty, but there: the Go SDK reads it without looking
        const Counts *due = nullptr;
        const int at = elapsedMs();
        for (const Counts &c : job->metrics) {
            if (c.atMs <= at)
                due = &c;
        }
        if (due) {
            for (const auto &[pcollection, count] : due->elements) {
                pb::MonitoringInfo *info = response->mutable_metrics()->add_attempted();
                info->set_urn("beam:metric:element_count:v1");
                info->set_type("beam:metrics:sum_int64:v1");
                (*info->mutable_labels())["PCOLLECTION"] = pcollection;
                std::string payload; // beam:coder:varint:v1
                auto v = static_cast<unsigned long long>(count);
                do {
                    unsigned char b = v & 0x7f;
                    v >>= 7;
                    if (v)
                        b |= 0x80;
                    payload.push_back(char(b));
                } while (v);
                info->set_payload(payload);
            }
        }
        return grpc::Status::OK;
    }

    void stop() { m_stopping = true; }

private:
    /// False when the call or the server ended first.
    bool waitFor(grpc::ServerContext *context, int ms) const
    {
        const auto until = Clock::now() + std::chrono::milliseconds(ms);
        while (Clock::now() < until) {
            if (context->IsCancelled() || m_stopping)
                return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return true;
    }
    std::string idFor(const std::string &name)
    {
        static std::mt19937_64 random{std::random_device{}()};
        char uuid[40];
        std::snprintf(uuid, sizeof uuid, "%08x-%04x-4%03x-%04x-%012llx", unsigned(random()), unsigned(random() & 0xffff),
                      unsigned(random() & 0xfff), unsigned((random() & 0x3fff) | 0x8000),
                      static_cast<unsigned long long>(random() & 0xffffffffffffULL));
        std::string id = m_recording.idFormat;
        const auto put = [&id](const std::string &key, const std::string &value) {
            for (size_t at = id.find(key); at != std::string::npos; at = id.find(key, at + value.size()))
                id.replace(at, key.size(), value);
        };
        // Beam's Flink job server: the name with each character other than [a-z0-9] made '0', the
        // user, the time and a hash (go-job-1-17965... gives go0job0101796...-root-1206025330-e1a76035).
        std::string flinkName;
        for (const char c : name)
            flinkName += (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c))) ? c : '0';
        const std::time_t now = std::time(nullptr);
        char stamp[32];
        std::strftime(stamp, sizeof stamp, "%m%d%H%M%S", std::gmtime(&now));
        char hash[16];
        std::snprintf(hash, sizeof hash, "%08x", unsigned(random()));
        put("{flinkname}", flinkName + "-root-" + stamp + "-" + hash);
        put("{name}", name);
        put("{uuid}", uuid);
        put("{n}", std::to_string(++m_runs));
        return id;
    }
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
    const Holds m_holds;
    const Clock::time_point m_start;
    std::atomic<bool> m_stopping{false};
    std::map<std::string, Preparation> m_prepared;
    int m_preparations = 0;
    int m_runs = 0;
    std::string m_address;
};

class Staging final : public pb::ArtifactStagingService::Service
{
public:
    explicit Staging(StandIn *standIn)
        : m_standIn(standIn)
    {
    }
    grpc::Status ReverseArtifactRetrievalService(
        grpc::ServerContext *context,
        grpc::ServerReaderWriter<pb::ArtifactRequestWrapper, pb::ArtifactResponseWrapper> *stream) override
    {
        return m_standIn->stage(context, stream);
    }

private:
    StandIn *m_standIn;
};

std::atomic<bool> g_stop{false};

} // namespace

int main(int argc, char **argv)
{
    const char *usage =
        "usage: bl_jobapistandin RECORDING.json [--hold STATE] [--prepare-delay-ms N] [--run-delay-ms N] [--linger-ms N]\n";
    if (argc < 2 || argc % 2 != 0) {
        std::cerr << usage;
        return 2;
    }
    Holds holds;
    for (int i = 2; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const QString value = QString::fromLocal8Bit(argv[i + 1]);
        bool number = false;
        if (option == "--hold")
            holds.hold = stateNamed(value);
        else if (option == "--prepare-delay-ms")
            holds.prepareDelayMs = value.toInt(&number);
        else if (option == "--run-delay-ms")
            holds.runDelayMs = value.toInt(&number);
        else if (option == "--linger-ms")
            holds.lingerMs = value.toInt(&number);
        if ((option == "--hold" && holds.hold == pb::JobState::UNSPECIFIED) || (option != "--hold" && !number)) {
            std::cerr << "bl_jobapistandin: bad " << option << " " << argv[i + 1] << "\n" << usage;
            return 2;
        }
    }
    Recording recording;
    std::string error;
    if (!load(QString::fromLocal8Bit(argv[1]), &recording, &error)) {
        std::cerr << "bl_jobapistandin: " << error << "\n";
        return 2;
    }
    StandIn service(std::move(recording), holds);
    Staging staging(&service);
    int port = 0;
    grpc::ServerBuilder builder;
    builder.AddListeningPort("127.0.0.1:0", grpc::InsecureServerCredentials(), &port);
    builder.RegisterService(&service);
    builder.RegisterService(&staging);
    builder.SetMaxReceiveMessageSize(64 * 1024 * 1024); // a pipeline with a big graph; artifacts come in chunks
    std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
    if (!server || port == 0) {
        std::cerr << "bl_jobapistandin: cannot listen on 127.0.0.1\n";
        return 1;
    }
    service.setAddress("127.0.0.1:" + std::to_string(port));
    say("PORT=" + std::to_string(port));

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
