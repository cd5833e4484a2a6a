// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "EventPrinter.h"
#include "SignalWatcher.h"
#include "launch/LaunchSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace bl::cli {

namespace {

constexpr int ExitUsage = 2;

// A context lupdate can see: the strings below are extracted as "bl::cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(bl::cli)
};

void printErr(const QString &text)
{
    QTextStream(stderr) << text << Qt::endl;
}

QString overview()
{
    return CliText::tr(
        "Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this\n"
        "machine and a worker for the runner's machines (linux/amd64, cgo off), checks both, and runs\n"
        "  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]\n"
        "\n"
        "Usage:\n"
        "  beam-launcher                       start the window\n"
        "  beam-launcher --version\n"
        "  beam-launcher build DIR [build options]\n"
        "  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]\n"
        "                [--env NAME=VALUE]... [--json] [-- PIPELINE FLAGS...]\n"
        "  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]\n"
        "\n"
        "Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.\n"
        "Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;\n"
        "launch exits with the launcher's own exit code.\n");
}

struct Options
{
    QCommandLineOption out{QStringLiteral("out"), CliText::tr("Folder for the two binaries (default: a per-package cache folder)."), CliText::tr("DIR")};
    QCommandLineOption launcherPlatform{QStringLiteral("launcher-platform"), CliText::tr("GOOS/GOARCH of the launcher (default: this machine)."), CliText::tr("GOOS/GOARCH")};
    QCommandLineOption workerPlatform{QStringLiteral("worker-platform"), CliText::tr("GOOS/GOARCH of the worker (default: linux/amd64)."), CliText::tr("GOOS/GOARCH")};
    QCommandLineOption cgo{QStringLiteral("cgo"), CliText::tr("Build with CGO_ENABLED=1 (default: 0, as Beam's worker containers need).")};
    QCommandLineOption tags{QStringLiteral("tags"), CliText::tr("Comma-separated Go build tags."), CliText::tr("a,b")};
    QCommandLineOption go{QStringLiteral("go"), CliText::tr("The go command to use (default: go on PATH)."), CliText::tr("PATH")};
    QCommandLineOption json{QStringLiteral("json"), CliText::tr("Print one JSON event per line on stdout.")};
    QCommandLineOption runner{QStringLiteral("runner"), CliText::tr("Beam runner: prism, direct, universal, flink, spark, samza, dataflow, dot, or another name."), CliText::tr("NAME")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"), CliText::tr("Job service address."), CliText::tr("HOST:PORT")};
    QCommandLineOption environmentType{QStringLiteral("environment-type"), CliText::tr("Worker environment: DOCKER, PROCESS, LOOPBACK or EXTERNAL."), CliText::tr("TYPE")};
    QCommandLineOption environmentConfig{QStringLiteral("environment-config"), CliText::tr("Worker environment configuration (an image, or JSON for PROCESS)."), CliText::tr("CONFIG")};
    QCommandLineOption option{QStringLiteral("option"), CliText::tr("A runner option from the catalog, e.g. --option project=my-project (repeatable)."), CliText::tr("NAME=VALUE")};
    QCommandLineOption env{QStringLiteral("env"), CliText::tr("Environment variable for the launcher (repeatable)."), CliText::tr("NAME=VALUE")};
    QCommandLineOption launcherBinary{QStringLiteral("launcher-binary"), CliText::tr("Use this prebuilt launcher instead of building."), CliText::tr("FILE")};
    QCommandLineOption workerBinary{QStringLiteral("worker-binary"), CliText::tr("Use this prebuilt worker instead of building."), CliText::tr("FILE")};
};

/// Splits "NAME=VALUE"; false when there is no '=' or no name.
bool splitAssignment(const QString &text, QString *name, QString *value)
{
    const qsizetype eq = text.indexOf(u'=');
    if (eq <= 0)
        return false;
    *name = text.left(eq);
    *value = text.mid(eq + 1);
    return true;
}

/// Fills `settings` from the parsed options; false with `error` set on bad usage.
bool readSettings(const QCommandLineParser &parser, const Options &o, bool launch, LaunchSettings *settings,
                  QString *error)
{
    if (parser.isSet(o.out))
        settings->outDir = parser.value(o.out);
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
    settings->environmentType = parser.value(o.environmentType);
    settings->environmentConfig = parser.value(o.environmentConfig);
    settings->launcherBinary = parser.value(o.launcherBinary);
    settings->workerBinary = parser.value(o.workerBinary);
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

int runSession(LaunchSession::Mode mode, const LaunchSettings &settings, bool json)
{
    LaunchSession session;
    EventPrinter printer(&session, json);
    SignalWatcher signals_;
    int exitCode = 0;
    QObject::connect(&signals_, &SignalWatcher::interrupted, &session, [&session](int) { session.cancel(); });
    QObject::connect(&session, &LaunchSession::finished, &session, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    session.start(mode, settings);
    QCoreApplication::exec();
    return exitCode;
}

int buildOrLaunch(const QString &command, const QStringList &arguments)
{
    // Everything after "--" belongs to the pipeline.
    QStringList ours = arguments;
    QStringList pipelineFlags;
    const qsizetype dashes = arguments.indexOf(QStringLiteral("--"));
    if (dashes >= 0) {
        ours = arguments.mid(0, dashes);
        pipelineFlags = arguments.mid(dashes + 1);
    }
    const bool launch = command == u"launch";
    QCommandLineParser parser;
    parser.setApplicationDescription(launch ? CliText::tr("Build a Beam Go pipeline's launcher and worker, then launch it.")
                                            : CliText::tr("Build a Beam Go pipeline's launcher and worker side by side."));
    parser.addHelpOption();
    Options o;
    parser.addOptions({o.out, o.launcherPlatform, o.workerPlatform, o.cgo, o.tags, o.go, o.json});
    if (launch) {
        parser.addOptions({o.runner, o.endpoint, o.environmentType, o.environmentConfig, o.option, o.env,
                           o.launcherBinary, o.workerBinary});
        parser.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The pipeline's main package folder."),
                                     QStringLiteral("[DIR]"));
        parser.addPositionalArgument(QStringLiteral("--"), CliText::tr("Flags after -- go to the pipeline."),
                                     QStringLiteral("[-- PIPELINE FLAGS...]"));
    } else {
        parser.addPositionalArgument(QStringLiteral("DIR"), CliText::tr("The pipeline's main package folder."));
    }
    QStringList parseArgs = ours;
    parseArgs.removeAt(1); // the command name
    if (!parser.parse(parseArgs)) {
        printErr(CliText::tr("beam-launcher %1: %2\nRun `beam-launcher %1 --help` for the options.")
                     .arg(command, parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText().replace(QStringLiteral("beam-launcher"),
                                                         QStringLiteral("beam-launcher ") + command);
        return 0;
    }
    const bool json = parser.isSet(o.json);
    LaunchSettings settings;
    settings.pipelineFlags = pipelineFlags;
    QString error;
    if (!readSettings(parser, o, launch, &settings, &error)) {
        LaunchSession none;
        EventPrinter(&none, json).error(error);
        return ExitUsage;
    }
    const QStringList positional = parser.positionalArguments();
    const bool prebuilt = settings.usesPrebuiltBinaries();
    if (positional.size() > 1 || (positional.isEmpty() && !prebuilt)) {
        printErr(CliText::tr("beam-launcher %1: give exactly one pipeline package folder.\n"
                       "Run `beam-launcher %1 --help` for the options.")
                     .arg(command));
        return ExitUsage;
    }
    if (launch && settings.runner.isEmpty()) {
        printErr(CliText::tr("beam-launcher launch: --runner is required (prism, flink, dataflow, ...)."));
        return ExitUsage;
    }
    if (!positional.isEmpty())
        settings.packageDir = positional.first();
    return runSession(launch ? LaunchSession::Mode::Launch : LaunchSession::Mode::Build, settings, json);
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    static const QStringList commands = {
        QStringLiteral("build"), QStringLiteral("launch"), QStringLiteral("profiles"),
        QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h"),
        QStringLiteral("--version"), QStringLiteral("-v")};
    if (commands.contains(first))
        return true;
    // The window takes Qt's own options (-style, -platform...) and a pipeline folder to open;
    // anything else is a mistyped command, which the command line explains.
    return !first.startsWith(u'-') && !QFileInfo(first).isDir();
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == u"--version" || command == u"-v") {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (command == u"help" || command == u"--help" || command == u"-h") {
        QTextStream(stdout) << overview();
        return 0;
    }
    if (command == u"build" || command == u"launch")
        return buildOrLaunch(command, arguments);
    printErr(CliText::tr("beam-launcher: unknown command \"%1\".\n\n").arg(command) + overview());
    return ExitUsage;
}

} // namespace bl::cli
