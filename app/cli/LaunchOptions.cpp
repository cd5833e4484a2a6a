// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "LaunchOptions.h"

#include "CommandModel.h"
#include "launch/Constants.h"

#include <QDir>

namespace bl::cli {

namespace {

constexpr int GoOn = -1;

struct Options
{
    QCommandLineOption out{QStringLiteral("out"), CliText::tr("Folder for the two binaries (default: a per-package cache folder)."), CliText::tr("DIR")};
    QCommandLineOption forceOut{QStringLiteral("force-out"), CliText::tr("Write into --out even when it holds files that are not Beam Launcher's (system, root and home folders are refused anyway).")};
    QCommandLineOption rebuild{QStringLiteral("rebuild"), CliText::tr("Run go build even when both binaries are up to date with the sources and settings (a launch otherwise starts them at once).")};
    QCommandLineOption launcherPlatform{QStringLiteral("launcher-platform"), CliText::tr("GOOS/GOARCH of the launcher (default: this machine)."), CliText::tr("GOOS/GOARCH")};
    QCommandLineOption workerPlatform{QStringLiteral("worker-platform"), CliText::tr("GOOS/GOARCH of the worker (default: linux/amd64)."), CliText::tr("GOOS/GOARCH")};
    QCommandLineOption cgo{QStringLiteral("cgo"), CliText::tr("Build with CGO_ENABLED=1 (default: 0, as Beam's worker containers need).")};
    QCommandLineOption tags{QStringLiteral("tags"), CliText::tr("Comma-separated Go build tags."), CliText::tr("a,b")};
    QCommandLineOption go{QStringLiteral("go"), CliText::tr("The go command to use (default: go on PATH, then the usual install folders)."), CliText::tr("PATH")};
    QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print one JSON event per line on stdout; text for people goes to stderr.")};
    QCommandLineOption raw{QStringLiteral("raw"), CliText::tr("Pass the launcher's terminal control sequences (colours, titles...) to the terminal as they come; by default they are removed from what a terminal shows (never from the log or --json).")};
    QCommandLineOption runner{QStringLiteral("runner"), CliText::tr("Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name."), CliText::tr("NAME")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"), CliText::tr("Job service address."), CliText::tr("HOST:PORT")};
    QCommandLineOption localJobServer{QStringLiteral("local-job-server"), CliText::tr("With --runner prism (or universal, for a Beam SDK older than Prism): start a Prism job server for this launch, reachable from this machine only, and run the worker through Beam's boot in it (PROCESS); it stops with the launch.")};
    QCommandLineOption environmentType{QStringLiteral("environment-type"), CliText::tr("Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL."), CliText::tr("TYPE")};
    QCommandLineOption environmentConfig{QStringLiteral("environment-config"), CliText::tr("Worker environment configuration (an image, or JSON for PROCESS)."), CliText::tr("CONFIG")};
    QCommandLineOption option{QStringLiteral("option"), CliText::tr("A runner option from the catalog, e.g. --option project=my-project (repeatable)."), CliText::tr("NAME=VALUE")};
    QCommandLineOption env{QStringLiteral("env"), CliText::tr("Environment variable for the launcher (repeatable). Secrets: use `profiles set-secret`."), CliText::tr("NAME=VALUE")};
    QCommandLineOption launcherBinary{QStringLiteral("launcher-binary"), CliText::tr("Use this prebuilt launcher instead of building."), CliText::tr("FILE")};
    QCommandLineOption workerBinary{QStringLiteral("worker-binary"), CliText::tr("Use this prebuilt worker instead of building."), CliText::tr("FILE")};
    QCommandLineOption package{QStringLiteral("package"), CliText::tr("The pipeline to use when DIR holds several (import path or folder)."), CliText::tr("IMPORT_PATH_OR_DIR")};
    QCommandLineOption stallTimeout{QStringLiteral("stall-timeout"), CliText::tr("With --local-job-server: cancel the job and exit 1 once it has been RUNNING for SECONDS with no worker alive and no progress (default: say so after 60 s and keep waiting)."), CliText::tr("SECONDS")};
    QCommandLineOption detach{QStringLiteral("detach"), CliText::tr("Submit the job, print its id and exit 0 once it is RUNNING; the job keeps running on the runner (needs a job service and a worker environment other than LOOPBACK).")};
    QCommandLineOption profile{QStringLiteral("profile"), CliText::tr("Launch a saved profile (its secrets come from the keychain). Launch options given with it override the profile's values for this run, each said on stderr; flags after -- are added to the profile's."), CliText::tr("NAME")};
    QCommandLineOption trust{QStringLiteral("trust"), CliText::tr("With --profile: accept the programs and folders outside the pipeline that an imported profile names (go, prebuilt binaries, output folder, PROCESS command...), after checking them. Asked once, and again when they change.")};
};

bool splitAssignment(const QString &text, QString *name, QString *value)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return false;
    *name = text.left(eq);
    *value = text.mid(eq + 1);
    return true;
}

bool readSettings(const Invocation &call, bool launch, LaunchSettings *settings, QString *error)
{
    if (call.isSet(QStringLiteral("out")))
        settings->outDir = call.value(QStringLiteral("out"));
    settings->forceOut = call.isSet(QStringLiteral("force-out"));
    settings->rebuild = call.isSet(QStringLiteral("rebuild"));
    if (call.isSet(QStringLiteral("go")))
        settings->goPath = call.value(QStringLiteral("go"));
    settings->cgo = call.isSet(QStringLiteral("cgo"));
    if (call.isSet(QStringLiteral("tags")))
        settings->buildTags = call.value(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts);
    if (call.isSet(QStringLiteral("launcher-platform"))) {
        const auto p = Platform::parse(call.value(QStringLiteral("launcher-platform")), error);
        if (!p)
            return false;
        settings->launcherPlatform = *p;
    }
    if (call.isSet(QStringLiteral("worker-platform"))) {
        const auto p = Platform::parse(call.value(QStringLiteral("worker-platform")), error);
        if (!p)
            return false;
        settings->workerPlatform = *p;
    }
    if (!launch)
        return true;
    settings->runner = call.value(QStringLiteral("runner"));
    settings->endpoint = call.value(QStringLiteral("endpoint"));
    if (call.isSet(QStringLiteral("local-job-server")))
        settings->localJobServer = true;
    settings->environmentType = call.value(QStringLiteral("environment-type"));
    settings->environmentConfig = call.value(QStringLiteral("environment-config"));
    settings->launcherBinary = call.value(QStringLiteral("launcher-binary"));
    settings->workerBinary = call.value(QStringLiteral("worker-binary"));
    // As if the user had started the launcher by hand here: relative paths in the pipeline's
    // flags mean this folder (a profile keeps its own working folder).
    settings->workingDirectory = QDir::currentPath();
    if (call.isSet(QStringLiteral("stall-timeout"))) {
        bool ok = false;
        const int seconds = call.value(QStringLiteral("stall-timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 7 * 24 * 3600) {
            *error = CliText::tr("--stall-timeout takes a number of seconds from 1 to 604800, not \"%1\".")
                         .arg(call.value(QStringLiteral("stall-timeout")));
            return false;
        }
        settings->stallSeconds = seconds;
        settings->cancelWhenStalled = true;
    }
    const QStringList options = call.values(QStringLiteral("option"));
    for (const QString &assignment : options) {
        QString name, value;
        if (!splitAssignment(assignment, &name, &value)) {
            *error = CliText::tr("--option takes NAME=VALUE, not \"%1\".").arg(assignment);
            return false;
        }
        settings->runnerOptions.insert(name, value);
    }
    const QStringList envs = call.values(QStringLiteral("env"));
    for (const QString &assignment : envs) {
        EnvironmentVariable var;
        if (!splitAssignment(assignment, &var.name, &var.value)) {
            *error = CliText::tr("--env takes NAME=VALUE, not \"%1\".").arg(assignment);
            return false;
        }
        settings->environment.append(var);
    }
    return true;
}

} // namespace

QList<QCommandLineOption> launchOptions(OptionSet set)
{
    const Options o;
    const bool launch = set != OptionSet::Build;
    QList<QCommandLineOption> list{o.out, o.launcherPlatform, o.workerPlatform, o.cgo, o.tags, o.go, o.package};
    if (set != OptionSet::CreateProfile)
        list << o.json << o.raw << o.forceOut;
    if (launch)
        list << o.rebuild << o.runner << o.endpoint << o.localJobServer << o.environmentType << o.environmentConfig
             << o.option << o.env << o.launcherBinary << o.workerBinary << o.stallTimeout;
    if (set == OptionSet::Launch)
        list << o.profile << o.detach << o.trust;
    return list;
}

QString pipelineFolderText()
{
    return CliText::tr("The pipeline's folder: its main package, or a module or repository folder holding it.");
}

int readLaunchArguments(const Invocation &call, OptionSet set, ParsedLaunch *parsed)
{
    const bool launch = set != OptionSet::Build;
    parsed->json = call.json();
    parsed->raw = call.isSet(QStringLiteral("raw"));
    parsed->detach = call.isSet(QStringLiteral("detach"));
    parsed->trust = call.isSet(QStringLiteral("trust"));
    parsed->given = call.given;
    parsed->launchOptions = launch;
    parsed->settings.pipelineFlags = call.pipelineFlags;
    parsed->positional = call.positional;
    parsed->profile = call.value(QStringLiteral("profile"));
    parsed->package = call.value(QStringLiteral("package"));
    QString error;
    if (!readSettings(call, launch, &parsed->settings, &error)) {
        reportError(parsed->json, error);
        return ExitCode::BadInput;
    }
    return GoOn;
}

} // namespace bl::cli
