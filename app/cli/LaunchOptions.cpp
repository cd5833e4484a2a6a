// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "LaunchOptions.h"

#include "launch/Constants.h"

#include <QCommandLineParser>
#include <QDir>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace bl::cli {

namespace {

constexpr int GoOn = -1;

// A context lupdate can see: the strings below are extracted as "bl::cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(bl::cli)
};

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

bool readSettings(const QCommandLineParser &parser, const Options &o, bool launch, LaunchSettings *settings,
                  QString *error)
{
    if (parser.isSet(o.out))
        settings->outDir = parser.value(o.out);
    settings->forceOut = parser.optionNames().contains(o.forceOut.names().constFirst());
    settings->rebuild = parser.optionNames().contains(o.rebuild.names().constFirst());
    if (parser.isSet(o.go))
        settings->goPath = parser.value(o.go);
    settings->cgo = parser.isSet(o.cgo);
    if (parser.isSet(o.tags))
        settings->buildTags = parser.value(o.tags).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(o.launcherPlatform)) {
        const auto p = Platform::parse(parser.value(o.launcherPlatform), error);
        if (!p)
            return false;
        settings->launcherPlatform = *p;
    }
    if (parser.isSet(o.workerPlatform)) {
        const auto p = Platform::parse(parser.value(o.workerPlatform), error);
        if (!p)
            return false;
        settings->workerPlatform = *p;
    }
    if (!launch)
        return true;
    settings->runner = parser.value(o.runner);
    settings->endpoint = parser.value(o.endpoint);
    if (parser.isSet(o.localJobServer))
        settings->localJobServer = true;
    settings->environmentType = parser.value(o.environmentType);
    settings->environmentConfig = parser.value(o.environmentConfig);
    settings->launcherBinary = parser.value(o.launcherBinary);
    settings->workerBinary = parser.value(o.workerBinary);
    // As if the user had started the launcher by hand here: relative paths in the pipeline's
    // flags mean this folder (a profile keeps its own working folder).
    settings->workingDirectory = QDir::currentPath();
    if (parser.isSet(o.stallTimeout)) {
        bool ok = false;
        const int seconds = parser.value(o.stallTimeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 7 * 24 * 3600) {
            *error = CliText::tr("--stall-timeout takes a number of seconds from 1 to 604800, not \"%1\".")
                         .arg(parser.value(o.stallTimeout));
            return false;
        }
        settings->stallSeconds = seconds;
        settings->cancelWhenStalled = true;
    }
    const QStringList options = parser.values(o.option);
    for (const QString &assignment : options) {
        QString name, value;
        if (!splitAssignment(assignment, &name, &value)) {
            *error = CliText::tr("--option takes NAME=VALUE, not \"%1\".").arg(assignment);
            return false;
        }
        settings->runnerOptions.insert(name, value);
    }
    const QStringList envs = parser.values(o.env);
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

void printError(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

void reportError(bool json, const QString &text)
{
    printError(QStringLiteral("beam-launcher: ") + CliText::tr("error: %1").arg(text));
    if (json) {
        const QJsonObject event{{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), text}};
        QTextStream(stdout) << QJsonDocument(event).toJson(QJsonDocument::Compact) << Qt::endl;
    }
}

int parseLaunchArguments(const QString &commandName, OptionSet set, const QStringList &arguments,
                         ParsedLaunch *parsed)
{
    // Everything after "--" belongs to the pipeline.
    QStringList ours = arguments;
    QStringList pipelineFlags;
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    if (dashes >= 0) {
        ours = arguments.mid(0, dashes);
        pipelineFlags = arguments.mid(dashes + 1);
    }
    const bool launch = set != OptionSet::Build;
    QCommandLineParser parser;
    switch (set) {
    case OptionSet::Build:
        parser.setApplicationDescription(CliText::tr("Build a Beam Go pipeline's launcher and worker side by side."));
        parser.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The pipeline's folder: its main package, or a module or repository folder holding it."));
        break;
    case OptionSet::Launch:
        parser.setApplicationDescription(CliText::tr("Build a Beam Go pipeline's launcher and worker, then launch it."));
        parser.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The pipeline's folder: its main package, or a module or repository folder holding it."),
                                     QStringLiteral("[DIR]"));
        break;
    case OptionSet::CreateProfile:
        parser.setApplicationDescription(CliText::tr("Save a launch profile with the options `launch` takes."));
        parser.addPositionalArgument(QStringLiteral("NAME"), CliText::tr("The new profile's name."));
        parser.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The pipeline's folder: its main package, or a module or repository folder holding it."));
        break;
    }
    if (launch)
        parser.addPositionalArgument(QStringLiteral("--"), CliText::tr("Flags after -- go to the pipeline."),
                                     QStringLiteral("[-- PIPELINE FLAGS...]"));
    parser.addHelpOption();
    Options o;
    parser.addOptions({o.out, o.launcherPlatform, o.workerPlatform, o.cgo, o.tags, o.go, o.package});
    if (set != OptionSet::CreateProfile)
        parser.addOptions({o.json, o.raw, o.forceOut});
    if (launch)
        parser.addOptions({o.rebuild, o.runner, o.endpoint, o.localJobServer, o.environmentType, o.environmentConfig, o.option, o.env,
                           o.launcherBinary, o.workerBinary, o.stallTimeout});
    if (set == OptionSet::Launch)
        parser.addOptions({o.profile, o.detach, o.trust});

    QStringList parseArgs = ours;
    parseArgs.prepend(QStringLiteral("beam-launcher"));
    if (!parser.parse(parseArgs)) {
        printError(CliText::tr("beam-launcher %1: %2\nRun `beam-launcher %1 --help` for the options.")
                       .arg(commandName, parser.errorText()));
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("beam-launcher"),
                                                         QStringLiteral("beam-launcher ") + commandName);
        return 0;
    }
    parsed->json = set != OptionSet::CreateProfile && parser.isSet(o.json);
    parsed->raw = set != OptionSet::CreateProfile && parser.isSet(o.raw);
    parsed->detach = set == OptionSet::Launch && parser.isSet(o.detach);
    parsed->trust = set == OptionSet::Launch && parser.isSet(o.trust);
    parsed->given = parser.optionNames();
    // `--runner --json` would take "--json" as the runner's name: an option whose value looks
    // like another option almost always lost its value.
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        const QStringList values = parser.values(name);
        for (const QString &value : values) {
            if (!value.startsWith(QLatin1String("--")))
                continue;
            reportError(parsed->json,
                        CliText::tr("--%1 needs a value, but the next word is the option %2. Give the value right "
                                    "after --%1 (e.g. --%1=VALUE).")
                            .arg(name, value));
            return ExitCode::BadInput;
        }
    }
    parsed->launchOptions = launch;
    parsed->settings.pipelineFlags = pipelineFlags;
    parsed->positional = parser.positionalArguments();
    if (set == OptionSet::Launch)
        parsed->profile = parser.value(o.profile);
    parsed->package = parser.value(o.package);
    QString error;
    if (!readSettings(parser, o, launch, &parsed->settings, &error)) {
        reportError(parsed->json, error);
        return ExitCode::BadInput;
    }
    return GoOn;
}

} // namespace bl::cli
