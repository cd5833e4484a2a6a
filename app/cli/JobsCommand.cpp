// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobsCommand.h"

#include "CliOutput.h"
#include "CommandModel.h"
#include "RunToEnd.h"
#include "jobs/JobApiClient.h"
#include "jobs/JobGraph.h"
#include "launch/Constants.h"
#include "launch/JobMonitor.h"
#include "launch/LaunchSettings.h"
#include "pipeline/PipelineGraph.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimer>
#include <QUrl>

namespace bl::cli {

namespace {

using namespace bl::jobs;


/// What `jobs` says about itself, after its usage lines.
QString about()
{
    return CliText::tr(
        "Talks to a Beam job service (Prism, Flink, Spark, Samza job servers, Beam's Python job server)\n"
        "through Beam's Job API. --web-ui URL names the runner's web page for the messages.\n"
        "watch follows a job until it ends (exit 0 DONE, 1 FAILED or the job service went away,\n"
        "130 CANCELLED); cancel asks the runner to cancel and waits (10 s by default) until it says\n"
        "CANCELLED (exit 0) or says why not (1). Exit 2: bad usage or no such job.");
}

struct Options
{
    QString sub;
    QString jobId;
    QString endpoint;
    QUrl webUi;
    bool json = false;
    bool byStep = false;
    int timeoutSeconds = -1;
};

/// Reads what the command line said to a `jobs` command. Returns -1 to go on, else the exit code.
int read(const Invocation &call, Options *o)
{
    o->sub = call.path.constLast();
    o->json = call.json();
    o->byStep = call.isSet(QStringLiteral("by-step"));
    o->endpoint = call.value(QStringLiteral("endpoint"));
    if (!call.positional.isEmpty())
        o->jobId = call.positional.constFirst();
    if (call.isSet(QStringLiteral("web-ui"))) {
        o->webUi = QUrl(call.value(QStringLiteral("web-ui")));
        if (!o->webUi.isValid() || o->webUi.scheme().isEmpty()) {
            say(CliText::tr("--web-ui wants a URL such as http://localhost:8074/."));
            return ExitCode::BadInput;
        }
    }
    if (call.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        o->timeoutSeconds = call.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || o->timeoutSeconds < 1 || o->timeoutSeconds > 3600) {
            say(CliText::tr("--timeout wants whole seconds between 1 and 3600."));
            return ExitCode::BadInput;
        }
    }
    QString problem;
    if (!JobApiClient::checkEndpoint(o->endpoint, &problem)) {
        reportError(o->json, o->endpoint.isEmpty() ? CliText::tr("--endpoint HOST:PORT is required: the job service "
                                                                  "to ask (a standalone Prism listens on localhost:8073).")
                                                    : problem);
        return ExitCode::BadInput;
    }
    if (o->webUi.isEmpty()) {
        LaunchSettings settings;
        settings.runner = QStringLiteral("universal");
        settings.endpoint = o->endpoint;
        o->webUi = JobMonitor::webUi(settings);
    }
    return -1;
}

void jobEvent(const Options &o, const QString &id, JobState state, const QString &name = {})
{
    QJsonObject fields{{QStringLiteral("id"), id},
                       {QStringLiteral("state"), jobStateName(state)},
                       {QStringLiteral("webUi"), o.webUi.toString()}};
    if (!name.isEmpty())
        fields.insert(QStringLiteral("name"), name);
    printEvent(QStringLiteral("job"), fields);
}

QString where(const Options &o)
{
    return o.webUi.isEmpty() ? o.endpoint : o.webUi.toString();
}

int fail(const Options &o, const JobApiClient &client, const CallError &error)
{
    if (!o.jobId.isEmpty() && error.kind != CallError::Kind::Unreachable && error.kind != CallError::Kind::Timeout) {
        reportError(o.json, CliText::tr("the job service at %1 could not tell about job %2 (%3): see "
                                        "`beam-launcher jobs list --endpoint %1`.")
                                .arg(o.endpoint, o.jobId, error.message));
        return error.kind == CallError::Kind::NotFound ? ExitCode::BadInput : ExitCode::Failed;
    }
    reportError(o.json, client.describe(error));
    if (error.kind == CallError::Kind::NotFound)
        return ExitCode::BadInput;
    return ExitCode::Failed;
}

int list(const Options &o)
{
    JobApiClient client(o.endpoint);
    RunToEnd run;
    int code = ExitCode::Failed;
    QObject::connect(&client, &JobApiClient::jobsListed, &client, [&](quint64, const QList<JobInfo> &jobs) {
        if (o.json) {
            for (const JobInfo &job : jobs)
                jobEvent(o, job.id, job.state, job.name);
        } else if (jobs.isEmpty()) {
            say(CliText::tr("the job service at %1 has no jobs.").arg(o.endpoint));
        } else {
            qsizetype idWidth = 6, stateWidth = 10;
            for (const JobInfo &job : jobs)
                idWidth = std::max(idWidth, job.id.size());
            printData(QStringLiteral("%1  %2  %3").arg(CliText::tr("JOB ID"), -int(idWidth)).arg(CliText::tr("STATE"), -int(stateWidth)).arg(CliText::tr("NAME")));
            for (const JobInfo &job : jobs)
                printData(QStringLiteral("%1  %2  %3").arg(job.id, -int(idWidth)).arg(jobStateName(job.state), -int(stateWidth)).arg(job.name));
        }
        code = ExitCode::Ok;
        run.finish(code);
    });
    QObject::connect(&client, &JobApiClient::callFailed, &client, [&](quint64, JobApiClient::Call, const QString &, const CallError &e) {
        code = fail(o, client, e);
        run.finish(code);
    });
    client.listJobs();
    return run.exec();
}

/// The job's graph with its numbers: GetPipeline, then GetJobMetrics. Returns -1 with `graph`
/// filled (without numbers, and a line on stderr saying why, when the runner gives none), else
/// the exit code (the error said).
int readJobGraph(const Options &o, JobGraph *graph)
{
    QString noNumbers;
    JobApiClient client(o.endpoint);
    RunToEnd run;
    int code = -1;
    QObject::connect(&client, &JobApiClient::pipelineReceived, &client,
                     [&](quint64, const QString &, const PipelineInfo &pipeline) {
                         *graph = JobGraph(pipeline);
                         if (graph->isEmpty()) {
                             reportError(o.json, CliText::tr("the job service at %1 gave an empty pipeline for job %2.")
                                                     .arg(o.endpoint, o.jobId));
                             code = ExitCode::Failed;
                             run.finish(code);
                             return;
                         }
                         client.requestMetrics(o.jobId);
                     });
    QObject::connect(&client, &JobApiClient::metricsReceived, &client,
                     [&](quint64, const QString &, const QList<Metric> &list) {
                         if (!graph->applyMetrics(list))
                             noNumbers = CliText::tr("the runner at %1 gives no element counts or step times for job "
                                                      "%2: the graph has no numbers.")
                                              .arg(o.endpoint, o.jobId);
                         run.finish(code);
                     });
    QObject::connect(&client, &JobApiClient::callFailed, &client,
                     [&](quint64, JobApiClient::Call what, const QString &, const CallError &e) {
                         if (what == JobApiClient::Call::GetMetrics) { // the graph without numbers
                             noNumbers = CliText::tr("the runner at %1 gives no metrics for job %2 (%3): the graph "
                                                      "has no numbers.")
                                              .arg(o.endpoint, o.jobId, client.describe(e));
                             run.finish(code);
                             return;
                         }
                         code = fail(o, client, e);
                         run.finish(code);
                     });
    client.requestPipeline(o.jobId);
    code = run.exec(); // -1: read; an exit code otherwise (also a signal's)
    if (code < 0 && !noNumbers.isEmpty())
        say(noNumbers);
    return code;
}

QJsonValue optionalNumber(const std::optional<qint64> &n)
{
    return n ? QJsonValue(double(*n)) : QJsonValue(QJsonValue::Null);
}

/// `jobs metrics --by-step`: each step's elements, bytes and time.
int metricsByStep(const Options &o)
{
    JobGraph graph;
    const int early = readJobGraph(o, &graph);
    if (early >= 0)
        return early;
    qsizetype width = 4;
    for (const JobGraph::Step &s : graph.steps())
        width = std::max(width, s.name.size() + 2 * s.depth);
    if (!o.json)
        printData(QStringLiteral("%1  %2  %3  %4")
                      .arg(CliText::tr("STEP"), -int(width))
                      .arg(CliText::tr("ELEMENTS"), 10)
                      .arg(CliText::tr("BYTES"), 12)
                      .arg(CliText::tr("TIME"), 10));
    const QString none = QStringLiteral("-");
    for (const JobGraph::Step &s : graph.steps()) {
        if (o.json) {
            printEvent(QStringLiteral("step"),
                       {{QStringLiteral("id"), o.jobId},
                        {QStringLiteral("step"), s.name},
                        {QStringLiteral("transform"), s.id},
                        {QStringLiteral("composite"), s.isComposite()},
                        {QStringLiteral("elements"), optionalNumber(s.elements)},
                        {QStringLiteral("bytes"), optionalNumber(s.bytes)},
                        {QStringLiteral("msecs"), s.msecs ? QJsonValue(*s.msecs) : QJsonValue(QJsonValue::Null)}});
            continue;
        }
        printData(QStringLiteral("%1  %2  %3  %4")
                      .arg(QString(2 * s.depth, u' ') + s.name, -int(width))
                      .arg(s.elements ? QString::number(*s.elements) : none, 10)
                      .arg(s.bytes ? QString::number(*s.bytes) : none, 12)
                      .arg(s.msecs ? JobGraph::timeText(*s.msecs) : none, 10));
    }
    return ExitCode::Ok;
}

int metrics(const Options &o)
{
    if (o.byStep)
        return metricsByStep(o);
    JobApiClient client(o.endpoint);
    RunToEnd run;
    int code = ExitCode::Failed;
    QObject::connect(&client, &JobApiClient::metricsReceived, &client,
                     [&](quint64, const QString &id, const QList<Metric> &list) {
                         for (const Metric &m : list) {
                             if (o.json) {
                                 QJsonObject labels;
                                 for (auto it = m.labels.cbegin(); it != m.labels.cend(); ++it)
                                     labels.insert(it.key(), it.value());
                                 printEvent(QStringLiteral("metric"), {{QStringLiteral("id"), id},
                                                                  {QStringLiteral("name"), m.displayName()},
                                                                  {QStringLiteral("urn"), m.urn},
                                                                  {QStringLiteral("type"), m.type},
                                                                  {QStringLiteral("value"), m.valueText()},
                                                                  {QStringLiteral("committed"), m.committed},
                                                                  {QStringLiteral("labels"), labels}});
                             } else {
                                 printData(QStringLiteral("%1  %2%3").arg(m.displayName(), m.valueText(),
                                                                    m.committed ? QString() : CliText::tr(" (attempted)")));
                             }
                         }
                         if (list.isEmpty())
                             say(CliText::tr("job %1 has no metrics (yet).").arg(id));
                         code = ExitCode::Ok;
                         run.finish(code);
                     });
    QObject::connect(&client, &JobApiClient::callFailed, &client, [&](quint64, JobApiClient::Call, const QString &, const CallError &e) {
        code = fail(o, client, e);
        run.finish(code);
    });
    client.requestMetrics(o.jobId);
    return run.exec();
}

/// Shows a watch's states and messages; returns nothing, the caller decides when it is over.
void show(const Options &o, JobWatch *watch)
{
    QObject::connect(watch, &JobWatch::stateChanged, watch, [&o, watch](JobState state, const QDateTime &) {
        if (o.json)
            jobEvent(o, watch->jobId(), state);
        else
            printData(CliText::tr("Job %1: %2").arg(watch->jobId(), jobStateName(state)));
    });
    QObject::connect(watch, &JobWatch::silent, watch, [&o](std::chrono::milliseconds silentFor) {
        say(JobWatch::silenceText(o.endpoint, silentFor));
    });
    QObject::connect(watch, &JobWatch::messageReceived, watch, [&o](const JobMessage &m) {
        if (o.json) {
            printEvent(QStringLiteral("job-message"), {{QStringLiteral("id"), m.jobId},
                                                  {QStringLiteral("importance"), importanceName(m.importance)},
                                                  {QStringLiteral("text"), m.text}});
        } else {
            printData(QStringLiteral("[%1] %2").arg(importanceName(m.importance), m.text));
        }
    });
}

QString goneText(const Options &o, const QString &jobId, JobState last, const QString &detail)
{
    return CliText::tr("the job service at %1 is gone (%2); job %3 was last %4. Whether it still runs is unknown: "
                       "see %5.")
        .arg(o.endpoint, detail, jobId, jobStateName(last), where(o));
}

int watchJob(const Options &o)
{
    JobApiClient client(o.endpoint);
    RunToEnd run;
    int code = ExitCode::Failed;
    JobWatch *watch = client.watch(o.jobId);
    show(o, watch);
    if (!o.json && !o.webUi.isEmpty())
        say(CliText::tr("runner page: %1").arg(o.webUi.toString()));
    QObject::connect(watch, &JobWatch::ended, &client, [&](JobWatch::End how, const QString &detail) {
        switch (how) {
        case JobWatch::End::Finished:
            switch (watch->state()) {
            case JobState::Failed: code = ExitCode::Failed; break;
            case JobState::Cancelled: code = ExitCode::Cancelled; break;
            default: code = ExitCode::Ok; break;
            }
            break;
        case JobWatch::End::ServerGone:
            reportError(o.json, watch->state() == JobState::Unspecified
                                    ? CliText::tr("cannot reach the job service at %1 (%2)").arg(o.endpoint, detail)
                                    : goneText(o, o.jobId, watch->state(), detail));
            code = ExitCode::Failed;
            break;
        case JobWatch::End::NotFound:
            reportError(o.json, CliText::tr("the job service at %1 has no job %2: see `beam-launcher jobs list "
                                            "--endpoint %1`.")
                                    .arg(o.endpoint, o.jobId));
            code = ExitCode::BadInput;
            break;
        case JobWatch::End::Failed:
            reportError(o.json, CliText::tr("the job service at %1 could not tell the state of job %2 (%3): see "
                                            "`beam-launcher jobs list --endpoint %1`.")
                                    .arg(o.endpoint, o.jobId, detail));
            code = ExitCode::Failed;
            break;
        }
        run.finish(code);
    });
    run.setOnSignal([&](int) {
        watch->stop();
        say(CliText::tr("stopped watching; job %1 was not touched.").arg(o.jobId));
        code = ExitCode::Cancelled;
        run.finish(code);
    });
    return run.exec();
}

int cancelJob(const Options &o)
{
    JobApiClient client(o.endpoint);
    client.setCallTimeout(std::chrono::seconds(std::min(o.timeoutSeconds > 0 ? o.timeoutSeconds : 10, 10)));
    RunToEnd run;
    int code = ExitCode::Failed;
    JobWatch *watch = nullptr;
    JobState last = JobState::Unspecified;
    QTimer bound;
    bound.setSingleShot(true);
    const int seconds = o.timeoutSeconds > 0 ? o.timeoutSeconds : 10;

    auto done = [&](int exitCode) {
        code = exitCode;
        if (watch)
            watch->stop();
        bound.stop();
        run.finish(code);
    };
    auto notConfirmed = [&](const QString &why) {
        reportError(o.json, CliText::tr("the runner did not confirm that job %1 is cancelled (%2; last state %3). "
                                        "It may still be running: see %4.")
                                .arg(o.jobId, why, jobStateName(last), where(o)));
        done(ExitCode::Failed);
    };
    auto settled = [&](JobState state) {
        if (state == JobState::Cancelled) {
            say(CliText::tr("Job %1: CANCELLED").arg(o.jobId));
            done(ExitCode::Ok);
        } else {
            reportError(o.json, CliText::tr("job %1 ended %2, not CANCELLED: there was nothing to cancel.")
                                    .arg(o.jobId, jobStateName(state)));
            done(ExitCode::Failed);
        }
    };

    // First the job's state: an unknown job or one that is over already needs no cancel.
    QObject::connect(&client, &JobApiClient::stateReceived, &client, [&](quint64, const QString &, JobState state,
                                                                          const QDateTime &) {
        last = state;
        if (o.json)
            jobEvent(o, o.jobId, state);
        if (isTerminal(state)) {
            settled(state);
            return;
        }
        client.cancel(o.jobId);
    });
    QObject::connect(&client, &JobApiClient::cancelAnswered, &client, [&](quint64, const QString &, JobState state) {
        if (advances(last, state)) {
            if (o.json)
                jobEvent(o, o.jobId, state);
            last = state;
        }
        if (isTerminal(state)) {
            settled(state);
            return;
        }
        say(CliText::tr("Cancelling job %1 on %2...").arg(o.jobId, o.endpoint));
        watch = client.watch(o.jobId);
        QObject::connect(watch, &JobWatch::stateChanged, watch, [&](JobState s, const QDateTime &) {
            if (!advances(last, s)) // a new subscription's replayed history (Flink) is no news
                return;
            last = s;
            if (o.json)
                jobEvent(o, o.jobId, s);
        });
        QObject::connect(watch, &JobWatch::ended, watch, [&](JobWatch::End how, const QString &detail) {
            if (how == JobWatch::End::Finished)
                settled(watch->state());
            else if (how == JobWatch::End::ServerGone)
                notConfirmed(CliText::tr("the job service went away: %1").arg(detail));
            else if (how == JobWatch::End::Failed)
                notConfirmed(detail);
            else
                notConfirmed(CliText::tr("the job service no longer knows the job"));
        });
    });
    QObject::connect(&client, &JobApiClient::callFailed, &client,
                     [&](quint64, JobApiClient::Call, const QString &, const CallError &e) { done(fail(o, client, e)); });
    QObject::connect(&bound, &QTimer::timeout, &client, [&] {
        notConfirmed(CliText::tr("no terminal state within %1 s").arg(seconds));
    });
    run.setOnSignal([&](int) {
        reportError(o.json, CliText::tr("stopped waiting; the cancel of job %1 was asked for but is not confirmed: "
                                        "see %2.")
                                .arg(o.jobId, where(o)));
        done(ExitCode::Cancelled);
    });
    bound.start(std::chrono::seconds(seconds));
    client.requestState(o.jobId);
    return run.exec();
}

} // namespace

int runJobGraph(const Invocation &call)
{
    Options o;
    o.json = call.json();
    o.jobId = call.value(QStringLiteral("job"));
    o.endpoint = call.value(QStringLiteral("endpoint"));
    if (!call.positional.isEmpty() || !call.pipelineFlags.isEmpty()) {
        say(CliText::tr("graph --job draws a job that runs or ran: give no folder and no pipeline flags with it."));
        return ExitCode::BadInput;
    }
    QString problem;
    if (o.jobId.isEmpty() || !JobApiClient::checkEndpoint(o.endpoint, &problem)) {
        reportError(o.json, o.jobId.isEmpty() ? CliText::tr("--job wants the job's id (see `beam-launcher jobs list`).")
                            : o.endpoint.isEmpty() ? CliText::tr("graph --job needs --endpoint HOST:PORT: the job "
                                                                 "service that runs the job.")
                                                   : problem);
        return ExitCode::BadInput;
    }
    JobGraph graph;
    const int early = readJobGraph(o, &graph);
    if (early >= 0)
        return early;
    const QString dotText = graph.toDot();
    QString error;
    const QByteArray svg = JobGraph::layOut(PipelineGraph::findGraphviz(), dotText, 30000, &error);
    if (svg.isEmpty()) {
        reportError(o.json, error);
        return ExitCode::Failed;
    }
    const auto write = [&o](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size() && f.flush())
            return true;
        reportError(o.json, CliText::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    };
    QString svgPath, dotPath;
    if (call.isSet(QStringLiteral("svg"))) {
        svgPath = QFileInfo(call.value(QStringLiteral("svg"))).absoluteFilePath();
        if (!write(svgPath, svg))
            return ExitCode::Failed;
    }
    if (call.isSet(QStringLiteral("dot"))) {
        dotPath = QFileInfo(call.value(QStringLiteral("dot"))).absoluteFilePath();
        if (!write(dotPath, dotText.toUtf8()))
            return ExitCode::Failed;
    }
    if (o.json) {
        printEvent(QStringLiteral("graph"), {{QStringLiteral("id"), o.jobId},
                                             {QStringLiteral("svg"), svgPath},
                                             {QStringLiteral("dot"), dotPath},
                                             {QStringLiteral("steps"), int(graph.steps().size())},
                                             {QStringLiteral("numbers"), graph.hasMetrics()}});
    } else if (svgPath.isEmpty()) {
        writeData(svg);
    } else {
        say(CliText::tr("graph of job %1 written to %2").arg(o.jobId, QDir::toNativeSeparators(svgPath)));
    }
    return ExitCode::Ok;
}

int waitForJobRunning(const QString &endpoint, const QString &jobId, const QUrl &webUi, bool json)
{
    Options o;
    o.endpoint = endpoint.trimmed();
    o.jobId = jobId;
    o.webUi = webUi;
    o.json = json;
    if (jobId.isEmpty()) {
        reportError(json, CliText::tr("the launcher ended without naming the job it submitted; see `beam-launcher jobs "
                                      "list --endpoint %1`.")
                              .arg(o.endpoint));
        return ExitCode::Failed;
    }
    JobApiClient client(o.endpoint);
    RunToEnd run;
    int code = ExitCode::Failed;
    QTimer bound;
    bound.setSingleShot(true);
    JobWatch *watch = client.watch(jobId);
    auto finish = [&](int exitCode) {
        code = exitCode;
        watch->stop();
        run.finish(code);
    };
    QObject::connect(watch, &JobWatch::stateChanged, watch, [&](JobState state, const QDateTime &) {
        if (json)
            jobEvent(o, jobId, state);
        if (state == JobState::Running || state == JobState::Done) {
            printData(jobId);
            say(CliText::tr("job %1 is %2 and left running on the runner: see %3 or `beam-launcher jobs watch "
                                     "%1 --endpoint %4`.")
                             .arg(jobId, jobStateName(state), where(o), o.endpoint));
            finish(ExitCode::Ok);
        } else if (isTerminal(state)) {
            reportError(json, CliText::tr("job %1 ended %2 before it ran.").arg(jobId, jobStateName(state)));
            finish(ExitCode::Failed);
        }
    });
    QObject::connect(watch, &JobWatch::ended, &client, [&](JobWatch::End, const QString &detail) {
        if (code == ExitCode::Ok)
            return;
        reportError(json, CliText::tr("the job service at %1 cannot tell about job %2 (%3).").arg(o.endpoint, jobId, detail));
        finish(ExitCode::Failed);
    });
    QObject::connect(&bound, &QTimer::timeout, &client, [&] {
        reportError(json, CliText::tr("job %1 is still %2 after 60 s; it is left to the runner: see %3.")
                              .arg(jobId, jobStateName(watch->state()), where(o)));
        finish(ExitCode::Failed);
    });
    run.setOnSignal([&](int) {
        say(CliText::tr("stopped waiting; job %1 was submitted and is left to the runner.").arg(jobId));
        finish(ExitCode::Cancelled);
    });
    bound.start(std::chrono::seconds(60));
    return run.exec();
}

Command jobsCommand()
{
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), CliText::tr("The job service's address."),
                                      CliText::tr("HOST:PORT"));
    const QCommandLineOption webUi(QStringLiteral("web-ui"), CliText::tr("The runner's web page, for the messages."),
                                   CliText::tr("URL"));
    const QCommandLineOption json(QStringLiteral("json"), CliText::tr("Print one JSON event per line on stdout."));
    const Argument jobId{QStringLiteral("JOB_ID"), CliText::tr("The job's id (see `beam-launcher jobs list`)."),
                         Argument::Kind::Required};
    // Each runs its own work once the options are read.
    const auto runs = [](int (*work)(const Options &)) {
        return [work](const Invocation &call) {
            Options o;
            const int early = read(call, &o);
            return early >= 0 ? early : work(o);
        };
    };
    Command jobs;
    jobs.name = QStringLiteral("jobs");
    jobs.summary = CliText::tr("List, watch, cancel a job service's jobs, or read their metrics.");
    jobs.description = about();

    Command listCmd;
    listCmd.name = QStringLiteral("list");
    listCmd.summary = CliText::tr("List the job service's jobs: id, state and name.");
    listCmd.options = {endpoint, webUi, json};
    listCmd.handler = runs(&bl::cli::list);

    Command watchCmd;
    watchCmd.name = QStringLiteral("watch");
    watchCmd.summary = CliText::tr("Follow a job's states and messages until it ends.");
    watchCmd.arguments = {jobId};
    watchCmd.options = {endpoint, webUi, json};
    watchCmd.handler = runs(&watchJob);

    Command cancelCmd;
    cancelCmd.name = QStringLiteral("cancel");
    cancelCmd.summary = CliText::tr("Cancel a job and wait until the runner says it is cancelled.");
    cancelCmd.arguments = {jobId};
    cancelCmd.options = {endpoint, webUi, json,
                      QCommandLineOption(QStringLiteral("timeout"),
                                         CliText::tr("Seconds to wait for CANCELLED (default: 10)."),
                                         CliText::tr("SECONDS"))};
    cancelCmd.handler = runs(&cancelJob);

    Command metricsCmd;
    metricsCmd.name = QStringLiteral("metrics");
    metricsCmd.summary = CliText::tr("Print a job's metrics.");
    metricsCmd.arguments = {jobId};
    metricsCmd.options = {endpoint, webUi, json,
                          QCommandLineOption(QStringLiteral("by-step"),
                                             CliText::tr("Per step of the job's pipeline: elements of its main "
                                                         "output, bytes, time (--json: `step` events).")) };
    metricsCmd.handler = runs(&bl::cli::metrics);

    jobs.subcommands = {listCmd, watchCmd, cancelCmd, metricsCmd};
    for (Command &sub : jobs.subcommands)
        sub.description = sub.summary + u'\n' + about();
    return jobs;
}

} // namespace bl::cli
