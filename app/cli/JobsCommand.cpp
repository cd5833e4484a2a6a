// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobsCommand.h"

#include "LaunchOptions.h"
#include "SignalWatcher.h"
#include "jobs/JobApiClient.h"
#include "launch/Constants.h"
#include "launch/JobMonitor.h"
#include "launch/LaunchSettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrl>

#include <cstdio>

namespace bl::cli {

namespace {

using namespace bl::jobs;


// A context lupdate can see: the strings below are extracted as "bl::cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(bl::cli)
};

QString usage()
{
    return CliText::tr(
        "usage: beam-launcher jobs list --endpoint HOST:PORT [--json]\n"
        "       beam-launcher jobs watch JOB_ID --endpoint HOST:PORT [--json]\n"
        "       beam-launcher jobs cancel JOB_ID --endpoint HOST:PORT [--json] [--timeout SECONDS]\n"
        "       beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT [--json]\n"
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
    int timeoutSeconds = -1;
};

/// Parses the words after "jobs". Returns -1 to go on, else the exit code.
int parse(const QStringList &words, Options *o)
{
    if (words.isEmpty()) {
        printError(usage());
        return ExitCode::BadInput;
    }
    if (words.first() == u"--help" || words.first() == u"-h" || words.first() == u"help") {
        std::fputs(qPrintable(usage() + u'\n'), stdout);
        return ExitCode::Ok;
    }
    o->sub = words.first();
    static const QStringList subs = {QStringLiteral("list"), QStringLiteral("watch"), QStringLiteral("cancel"),
                                     QStringLiteral("metrics")};
    if (!subs.contains(o->sub)) {
        printError(CliText::tr("beam-launcher jobs: unknown command \"%1\".").arg(o->sub) + u'\n' + usage());
        return ExitCode::BadInput;
    }
    QStringList positional;
    for (qsizetype i = 1; i < words.size(); ++i) {
        QString word = words.at(i);
        QString value;
        bool inlineValue = false;
        if (word.startsWith(QStringLiteral("--")) && word.contains(u'=')) {
            value = word.mid(word.indexOf(u'=') + 1);
            word = word.left(word.indexOf(u'='));
            inlineValue = true;
        }
        auto takeValue = [&](QString *out) {
            if (!inlineValue) {
                if (i + 1 >= words.size() || words.at(i + 1).startsWith(QStringLiteral("--"))) {
                    printError(QStringLiteral("beam-launcher jobs: ")
                               + CliText::tr("%1 needs a value.").arg(word) + u'\n' + usage());
                    return false;
                }
                value = words.at(++i);
            }
            *out = value;
            return true;
        };
        if (word == u"--help" || word == u"-h") {
            std::fputs(qPrintable(usage() + u'\n'), stdout);
            return ExitCode::Ok;
        } else if (word == u"--json") {
            o->json = true;
        } else if (word == u"--endpoint") {
            if (!takeValue(&o->endpoint))
                return ExitCode::BadInput;
        } else if (word == u"--web-ui") {
            QString url;
            if (!takeValue(&url))
                return ExitCode::BadInput;
            o->webUi = QUrl(url);
            if (!o->webUi.isValid() || o->webUi.scheme().isEmpty()) {
                printError(QStringLiteral("beam-launcher jobs: ")
                           + CliText::tr("--web-ui wants a URL such as http://localhost:8074/."));
                return ExitCode::BadInput;
            }
        } else if (word == u"--timeout" && o->sub == u"cancel") {
            QString text;
            if (!takeValue(&text))
                return ExitCode::BadInput;
            bool ok = false;
            o->timeoutSeconds = text.toInt(&ok);
            if (!ok || o->timeoutSeconds < 1 || o->timeoutSeconds > 3600) {
                printError(QStringLiteral("beam-launcher jobs: ")
                           + CliText::tr("--timeout wants whole seconds between 1 and 3600."));
                return ExitCode::BadInput;
            }
        } else if (word.startsWith(u'-') && word.size() > 1) {
            printError(CliText::tr("beam-launcher jobs %1: unknown option %2.").arg(o->sub, word) + u'\n' + usage());
            return ExitCode::BadInput;
        } else {
            positional << word;
        }
    }
    const bool wantsJob = o->sub != u"list";
    if (positional.size() != (wantsJob ? 1 : 0)) {
        printError(QStringLiteral("beam-launcher jobs %1: ").arg(o->sub)
                   + (wantsJob ? CliText::tr("give exactly one job id (see `beam-launcher jobs list`).")
                               : CliText::tr("takes no job id."))
                   + u'\n' + usage());
        return ExitCode::BadInput;
    }
    if (wantsJob)
        o->jobId = positional.first();
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

/// One JSON event a line on stdout, like the launch's events.
void event(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void out(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

/// A line for people: on stdout as the command's result, on stderr when stdout carries JSON.
void say(bool json, const QString &text)
{
    if (json)
        printError(QStringLiteral("beam-launcher: ") + text);
    else
        out(text);
}

void jobEvent(const Options &o, const QString &id, JobState state, const QString &name = {})
{
    QJsonObject fields{{QStringLiteral("id"), id},
                       {QStringLiteral("state"), jobStateName(state)},
                       {QStringLiteral("webUi"), o.webUi.toString()}};
    if (!name.isEmpty())
        fields.insert(QStringLiteral("name"), name);
    event(QStringLiteral("job"), fields);
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
    int code = ExitCode::Failed;
    QObject::connect(&client, &JobApiClient::jobsListed, &client, [&](quint64, const QList<JobInfo> &jobs) {
        if (o.json) {
            for (const JobInfo &job : jobs)
                jobEvent(o, job.id, job.state, job.name);
        } else if (jobs.isEmpty()) {
            printError(QStringLiteral("beam-launcher: ") + CliText::tr("the job service at %1 has no jobs.").arg(o.endpoint));
        } else {
            qsizetype idWidth = 6, stateWidth = 10;
            for (const JobInfo &job : jobs)
                idWidth = std::max(idWidth, job.id.size());
            out(QStringLiteral("%1  %2  %3").arg(CliText::tr("JOB ID"), -int(idWidth)).arg(CliText::tr("STATE"), -int(stateWidth)).arg(CliText::tr("NAME")));
            for (const JobInfo &job : jobs)
                out(QStringLiteral("%1  %2  %3").arg(job.id, -int(idWidth)).arg(jobStateName(job.state), -int(stateWidth)).arg(job.name));
        }
        code = ExitCode::Ok;
        QCoreApplication::exit(0);
    });
    QObject::connect(&client, &JobApiClient::callFailed, &client, [&](quint64, JobApiClient::Call, const QString &, const CallError &e) {
        code = fail(o, client, e);
        QCoreApplication::exit(0);
    });
    client.listJobs();
    QCoreApplication::exec();
    return code;
}

int metrics(const Options &o)
{
    JobApiClient client(o.endpoint);
    int code = ExitCode::Failed;
    QObject::connect(&client, &JobApiClient::metricsReceived, &client,
                     [&](quint64, const QString &id, const QList<Metric> &list) {
                         for (const Metric &m : list) {
                             if (o.json) {
                                 QJsonObject labels;
                                 for (auto it = m.labels.cbegin(); it != m.labels.cend(); ++it)
                                     labels.insert(it.key(), it.value());
                                 event(QStringLiteral("metric"), {{QStringLiteral("id"), id},
                                                                  {QStringLiteral("name"), m.displayName()},
                                                                  {QStringLiteral("urn"), m.urn},
                                                                  {QStringLiteral("type"), m.type},
                                                                  {QStringLiteral("value"), m.valueText()},
                                                                  {QStringLiteral("committed"), m.committed},
                                                                  {QStringLiteral("labels"), labels}});
                             } else {
                                 out(QStringLiteral("%1  %2%3").arg(m.displayName(), m.valueText(),
                                                                    m.committed ? QString() : CliText::tr(" (attempted)")));
                             }
                         }
                         if (list.isEmpty())
                             printError(QStringLiteral("beam-launcher: ") + CliText::tr("job %1 has no metrics (yet).").arg(id));
                         code = ExitCode::Ok;
                         QCoreApplication::exit(0);
                     });
    QObject::connect(&client, &JobApiClient::callFailed, &client, [&](quint64, JobApiClient::Call, const QString &, const CallError &e) {
        code = fail(o, client, e);
        QCoreApplication::exit(0);
    });
    client.requestMetrics(o.jobId);
    QCoreApplication::exec();
    return code;
}

/// Shows a watch's states and messages; returns nothing, the caller decides when it is over.
void show(const Options &o, JobWatch *watch)
{
    QObject::connect(watch, &JobWatch::stateChanged, watch, [&o, watch](JobState state, const QDateTime &) {
        if (o.json)
            jobEvent(o, watch->jobId(), state);
        else
            out(CliText::tr("Job %1: %2").arg(watch->jobId(), jobStateName(state)));
    });
    QObject::connect(watch, &JobWatch::messageReceived, watch, [&o](const JobMessage &m) {
        if (o.json) {
            event(QStringLiteral("job-message"), {{QStringLiteral("id"), m.jobId},
                                                  {QStringLiteral("importance"), importanceName(m.importance)},
                                                  {QStringLiteral("text"), m.text}});
        } else {
            out(QStringLiteral("[%1] %2").arg(importanceName(m.importance), m.text));
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
    SignalWatcher signals_;
    int code = ExitCode::Failed;
    JobWatch *watch = client.watch(o.jobId);
    show(o, watch);
    if (!o.json && !o.webUi.isEmpty())
        printError(QStringLiteral("beam-launcher: ") + CliText::tr("runner page: %1").arg(o.webUi.toString()));
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
        QCoreApplication::exit(0);
    });
    QObject::connect(&signals_, &SignalWatcher::interrupted, &client, [&](int) {
        watch->stop();
        printError(QStringLiteral("beam-launcher: ")
                   + CliText::tr("stopped watching; job %1 was not touched.").arg(o.jobId));
        code = ExitCode::Cancelled;
        QCoreApplication::exit(0);
    });
    QCoreApplication::exec();
    return code;
}

int cancelJob(const Options &o)
{
    JobApiClient client(o.endpoint);
    client.setCallTimeout(std::chrono::seconds(std::min(o.timeoutSeconds > 0 ? o.timeoutSeconds : 10, 10)));
    SignalWatcher signals_;
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
        QCoreApplication::exit(0);
    };
    auto notConfirmed = [&](const QString &why) {
        reportError(o.json, CliText::tr("the runner did not confirm that job %1 is cancelled (%2; last state %3). "
                                        "It may still be running: see %4.")
                                .arg(o.jobId, why, jobStateName(last), where(o)));
        done(ExitCode::Failed);
    };
    auto settled = [&](JobState state) {
        if (state == JobState::Cancelled) {
            say(o.json, CliText::tr("Job %1: CANCELLED").arg(o.jobId));
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
        say(o.json, CliText::tr("Cancelling job %1 on %2...").arg(o.jobId, o.endpoint));
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
    QObject::connect(&signals_, &SignalWatcher::interrupted, &client, [&](int) {
        reportError(o.json, CliText::tr("stopped waiting; the cancel of job %1 was asked for but is not confirmed: "
                                        "see %2.")
                                .arg(o.jobId, where(o)));
        done(ExitCode::Cancelled);
    });
    bound.start(std::chrono::seconds(seconds));
    client.requestState(o.jobId);
    QCoreApplication::exec();
    return code;
}

} // namespace

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
    SignalWatcher signals_;
    int code = ExitCode::Failed;
    QTimer bound;
    bound.setSingleShot(true);
    JobWatch *watch = client.watch(jobId);
    auto finish = [&](int exitCode) {
        code = exitCode;
        watch->stop();
        QCoreApplication::exit(0);
    };
    QObject::connect(watch, &JobWatch::stateChanged, watch, [&](JobState state, const QDateTime &) {
        if (json)
            jobEvent(o, jobId, state);
        if (state == JobState::Running || state == JobState::Done) {
            out(jobId);
            printError(QStringLiteral("beam-launcher: ")
                       + CliText::tr("job %1 is %2 and left running on the runner: see %3 or `beam-launcher jobs watch "
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
    QObject::connect(&signals_, &SignalWatcher::interrupted, &client, [&](int) {
        printError(QStringLiteral("beam-launcher: ")
                   + CliText::tr("stopped waiting; job %1 was submitted and is left to the runner.").arg(jobId));
        finish(ExitCode::Cancelled);
    });
    bound.start(std::chrono::seconds(60));
    QCoreApplication::exec();
    return code;
}

int runJobsCommand(const QStringList &arguments)
{
    Options o;
    const int early = parse(arguments, &o);
    if (early >= 0)
        return early;
    if (o.sub == u"list")
        return list(o);
    if (o.sub == u"metrics")
        return metrics(o);
    if (o.sub == u"watch")
        return watchJob(o);
    return cancelJob(o);
}

} // namespace bl::cli
