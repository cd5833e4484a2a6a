// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "CliLogging.h"
#include "CommandModel.h"
#include "EventPrinter.h"
#include "JobsCommand.h"
#include "LaunchOptions.h"
#include "PipelineCommands.h"
#include "ProfileLaunch.h"
#include "ProfilesCommand.h"
#include "RunToEnd.h"
#include "launch/Constants.h"
#include "launch/JobMonitor.h"
#include "launch/LaunchSession.h"
#include "profiles/ProfileStore.h"
#include "profiles/RecentRuns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace bl::cli {

namespace {

QString overview()
{
    return CliText::tr(
        "Beam Launcher builds an Apache Beam Go pipeline twice at the same time, a launcher for this\n"
        "machine and a worker for the runner's machines (linux/amd64, cgo off), checks both, and runs\n"
        "  launcher --worker_binary=WORKER --runner=RUNNER --endpoint=HOST:PORT [pipeline flags]\n"
        "\n"
        "Usage:\n"
        "  beam-launcher [DIR]                 start the window (with a new profile for DIR)\n"
        "  beam-launcher --version\n"
        "  beam-launcher build DIR [build options] [--out DIR [--force-out]]\n"
        "  beam-launcher launch DIR --runner NAME [--endpoint HOST:PORT] [build options]\n"
        "                [--env NAME=VALUE]... [--json] [--raw] [--detach] [-- PIPELINE FLAGS...]\n"
        "  beam-launcher launch --launcher-binary FILE --worker-binary FILE --runner NAME [...]\n"
        "  beam-launcher launch --profile NAME [--trust] [launch options] [--json] [-- MORE PIPELINE FLAGS...]\n"
        "                (options given with --profile override the profile's for this run)\n"
        "  beam-launcher profiles list | show NAME | export NAME FILE | import FILE | delete NAME\n"
        "  beam-launcher profiles create NAME DIR --runner NAME [launch options] [-- PIPELINE FLAGS...]\n"
        "  beam-launcher profiles set-secret NAME VAR   (the value is read from standard input)\n"
        "  beam-launcher profiles unset-secret NAME VAR\n"
        "  beam-launcher jobs list --endpoint HOST:PORT [--json]\n"
        "  beam-launcher jobs watch|cancel|metrics JOB_ID --endpoint HOST:PORT [--json]\n"
        "  beam-launcher jobs metrics JOB_ID --endpoint HOST:PORT --by-step [--json]   per step\n"
        "  beam-launcher options DIR [--json]          the pipeline's own flags\n"
        "  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]\n"
        "  beam-launcher graph --job JOB_ID --endpoint HOST:PORT [--svg FILE]   a job's graph with its counts\n"
        "DIR may be a module or repository folder holding one pipeline; --package chooses among several.\n"
        "\n"
        "Run `beam-launcher build --help` or `beam-launcher launch --help` for the options.\n"
        "Exit codes: 0 done, 1 a build or the launch failed, 2 bad usage or input, 130 cancelled;\n"
        "launch exits with the launcher's own exit code.\n");
}

/// Remembers a launch in the recent runs, with checksums of what ran.
void recordRun(const LaunchSession &session, const QString &profileId, const QString &profileName)
{
    RunRecord record = RunRecord::fromSession(session, profileId, profileName);
    RecentRuns runs(ProfileStore::defaultFolder());
    QString error;
    if (!runs.append(record, &error))
        say(CliText::tr("warning: the run was not recorded: %1").arg(error));
}

int runSession(LaunchSession::Mode mode, const LaunchSettings &settings, bool json, bool raw,
               const QString &profileId = {}, const QString &profileName = {}, bool detach = false)
{
    LaunchSession session;
    EventPrinter printer(&session, json);
    printer.setRaw(raw);
    // A signal cancels the session, which then finishes as cancelled.
    RunToEnd run([&session](int) { session.cancel(); });
    QObject::connect(&session, &LaunchSession::finished, &session, [&run](int code) { run.finish(code); });
    session.start(mode, settings);
    const int exitCode = run.exec();
    if (session.launchStartedAt().isValid())
        recordRun(session, profileId, profileName);
    if (detach && exitCode == 0)
        return waitForJobRunning(settings.endpoint, session.jobId(), JobMonitor::webUi(settings), json);
    return exitCode;
}

/// --detach: the launcher only submits (Beam's --async) and the job is left running.
bool prepareDetach(LaunchSettings *settings, bool json)
{
    if (settings->endpoint.trimmed().isEmpty()) {
        reportError(json, CliText::tr("--detach needs a job service (--endpoint HOST:PORT): without one the job runs "
                                      "inside the launcher."));
        return false;
    }
    if (settings->environmentType.compare(QStringLiteral("LOOPBACK"), Qt::CaseInsensitive) == 0) {
        reportError(json, CliText::tr("--detach cannot leave a LOOPBACK job running: its worker is the launcher. "
                                      "Use PROCESS, DOCKER or EXTERNAL."));
        return false;
    }
    settings->pipelineFlags << QStringLiteral("--async");
    return true;
}

int buildOrLaunch(const Invocation &call)
{
    const QString command = call.path.constFirst();
    const bool launch = command == u"launch";
    ParsedLaunch parsed;
    const int early = readLaunchArguments(call, launch ? OptionSet::Launch : OptionSet::Build, &parsed);
    if (early >= 0)
        return early;
    LaunchSettings settings = parsed.settings;
    QString profileId, profileName;
    if (!parsed.profile.isEmpty()) {
        if (!parsed.positional.isEmpty()) {
            reportError(parsed.json, CliText::tr("--profile takes the folder from the profile: give no folder."));
            return ExitCode::BadInput;
        }
        const int failed = settingsFromProfile(parsed, &settings, &profileId, &profileName);
        if (failed >= 0)
            return failed;
        if (parsed.detach && !prepareDetach(&settings, parsed.json))
            return ExitCode::BadInput;
        return runSession(LaunchSession::Mode::Launch, settings, parsed.json, parsed.raw, profileId, profileName,
                          parsed.detach);
    }
    if (parsed.trust) {
        reportError(parsed.json, CliText::tr("--trust goes with --profile NAME: it accepts what an imported profile names."));
        return ExitCode::BadInput;
    }
    const bool prebuilt = settings.usesPrebuiltBinaries();
    if (parsed.positional.size() > 1 || (parsed.positional.isEmpty() && !prebuilt)) {
        reportError(parsed.json, CliText::tr("give exactly one pipeline package folder (run `beam-launcher %1 --help` "
                                       "for the options).")
                                     .arg(command));
        return ExitCode::BadInput;
    }
    if (launch && settings.runner.isEmpty()) {
        reportError(parsed.json, CliText::tr("--runner is required (prism, flink, dataflow, ...)."));
        return ExitCode::BadInput;
    }
    if (!parsed.positional.isEmpty())
        settings.packageDir = parsed.positional.first();
    if (!parsed.positional.isEmpty() || !parsed.package.isEmpty()) {
        const int resolved = resolvePipelineFolder(&settings, parsed.package, parsed.json);
        if (resolved >= 0)
            return resolved;
    }
    if (launch && parsed.detach && !prepareDetach(&settings, parsed.json))
        return ExitCode::BadInput;
    return runSession(launch ? LaunchSession::Mode::Launch : LaunchSession::Mode::Build, settings, parsed.json,
                      parsed.raw, {}, {}, parsed.detach);
}

Command buildCommand()
{
    Command build;
    build.name = QStringLiteral("build");
    build.summary = CliText::tr("Build a pipeline's launcher and worker.");
    build.description = CliText::tr("Build a Beam Go pipeline's launcher and worker side by side.");
    build.arguments = {{QStringLiteral("DIR"), pipelineFolderText(), Argument::Kind::Required}};
    build.options = launchOptions(OptionSet::Build);
    build.handler = buildOrLaunch;
    return build;
}

Command launchCommand()
{
    Command launch;
    launch.name = QStringLiteral("launch");
    launch.summary = CliText::tr("Build a pipeline, then launch it on a runner.");
    launch.description = CliText::tr("Build a Beam Go pipeline's launcher and worker, then launch it.");
    launch.arguments = {{QStringLiteral("DIR"), pipelineFolderText(), Argument::Kind::Optional}};
    launch.pipelineFlags = true;
    launch.options = launchOptions(OptionSet::Launch);
    launch.handler = buildOrLaunch;
    return launch;
}

const Command &commandTree();

/// Every command of the command line, in the language installed when it is called.
Command makeCommandTree()
{
    Command r;
    r.name = QStringLiteral("beam-launcher");
    r.description = overview();
    r.subcommands = {buildCommand(), launchCommand(), optionsCommand(), graphCommand(), profilesCommand(),
                     jobsCommand()};
    Command help;
    help.name = QStringLiteral("help");
    help.aliases = {QStringLiteral("--help"), QStringLiteral("-h")};
    help.summary = CliText::tr("Print the help of a command (`help profiles show`), or this overview.");
    help.arguments = {{QStringLiteral("COMMAND"), CliText::tr("The command, and its subcommand."),
                       Argument::Kind::Variadic}};
    help.handler = [](const Invocation &call) {
        QString unknown;
        if (!findCommand(commandTree(), call.positional, &unknown))
            return unknownCommand(commandTree(), call.positional.mid(0, call.positional.indexOf(unknown)), unknown);
        writeData(helpText(commandTree(), call.positional).toUtf8());
        return int(ExitCode::Ok);
    };
    Command version;
    version.name = QStringLiteral("version");
    version.aliases = {QStringLiteral("--version"), QStringLiteral("-v")};
    version.summary = CliText::tr("Print the version.");
    version.handler = [](const Invocation &) {
        printData(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion());
        return int(ExitCode::Ok);
    };
    r.subcommands << help << version;
    return r;
}

/// The tree `run` uses: made once the translations are installed.
const Command &commandTree()
{
    static const Command root = makeCommandTree();
    return root;
}

/// One of Qt's own options for the window (-platform, -style=fusion, --reverse...): whether
/// it is one, and whether it takes the next word as its value.
bool isWindowOption(const QString &word, bool *takesValue)
{
    static const QStringList withValue = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"), QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("session"), QStringLiteral("display"),
        QStringLiteral("geometry"), QStringLiteral("style"), QStringLiteral("stylesheet"), QStringLiteral("name"),
        QStringLiteral("title"), QStringLiteral("visual"), QStringLiteral("font"), QStringLiteral("fn"),
        QStringLiteral("background"), QStringLiteral("bg"), QStringLiteral("foreground"), QStringLiteral("fg"),
        QStringLiteral("button"), QStringLiteral("btn"), QStringLiteral("ncols"), QStringLiteral("qmljsdebugger")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("nograb"), QStringLiteral("dograb"),
                                      QStringLiteral("widgetcount"), QStringLiteral("testability"),
                                      QStringLiteral("sync"), QStringLiteral("cmap")};
    if (!word.startsWith(u'-') || word == u"-" || word == u"--")
        return false;
    QString name = word.mid(word.startsWith(QLatin1String("--")) ? 2 : 1);
    const qsizetype eq = name.indexOf(u'=');
    const bool inlineValue = eq >= 0;
    if (inlineValue)
        name.truncate(eq);
    if (flags.contains(name) && !inlineValue) {
        *takesValue = false;
        return true;
    }
    if (withValue.contains(name)) {
        *takesValue = !inlineValue;
        return true;
    }
    return false;
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    // A command is a command even where a folder of that name exists.
    if (makeCommandTree().find(arguments.at(1))) // no translations yet: not the tree run() keeps
        return true;
    // The window takes Qt's own options (-style, -platform...) and a pipeline folder to open;
    // anything else is a mistyped command or option, which the command line explains
    // (without a window: with no display, opening one would abort).
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        bool takesValue = false;
        if (isWindowOption(word, &takesValue)) {
            i += takesValue ? 1 : 0;
            continue;
        }
        if (!word.startsWith(u'-') && QFileInfo(word).isDir())
            continue;
        return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    qCDebug(lcCli) << "command" << arguments.value(1);
    return runCommand(commandTree(), arguments.mid(1));
}

} // namespace bl::cli
