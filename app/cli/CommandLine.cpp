// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "CommandLine.h"

#include "CliLogging.h"
#include "EventPrinter.h"
#include "JobsCommand.h"
#include "LaunchOptions.h"
#include "PipelineCommands.h"
#include "ProfileLaunch.h"
#include "ProfilesCommand.h"
#include "SignalWatcher.h"
#include "launch/Constants.h"
#include "launch/JobMonitor.h"
#include "launch/LaunchSession.h"
#include "profiles/ProfileStore.h"
#include "profiles/RecentRuns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace bl::cli {

namespace {


// A context lupdate can see: the strings below are extracted as "bl::cli".
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(bl::cli)
};

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
        "  beam-launcher options DIR [--json]          the pipeline's own flags\n"
        "  beam-launcher graph DIR [--svg FILE] [-- PIPELINE FLAGS...]\n"
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
        printError(QStringLiteral("beam-launcher: ") + CliText::tr("warning: the run was not recorded: %1").arg(error));
}

int runSession(LaunchSession::Mode mode, const LaunchSettings &settings, bool json, bool raw,
               const QString &profileId = {}, const QString &profileName = {}, bool detach = false)
{
    LaunchSession session;
    EventPrinter printer(&session, json);
    printer.setRaw(raw);
    SignalWatcher watcher;
    int exitCode = 0;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &session, [&session](int) { session.cancel(); });
    QObject::connect(&session, &LaunchSession::finished, &session, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    session.start(mode, settings);
    QCoreApplication::exec();
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

int buildOrLaunch(const QString &command, const QStringList &words)
{
    const bool launch = command == u"launch";
    ParsedLaunch parsed;
    const int early = parseLaunchArguments(command, launch ? OptionSet::Launch : OptionSet::Build, words, &parsed);
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
    if (launch)
    if (parsed.detach && !prepareDetach(&settings, parsed.json))
        return ExitCode::BadInput;
    return runSession(launch ? LaunchSession::Mode::Launch : LaunchSession::Mode::Build, settings, parsed.json,
                      parsed.raw, {}, {}, parsed.detach);
}

} // namespace

bool wantsCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    static const QStringList commands = {
        QStringLiteral("build"), QStringLiteral("launch"), QStringLiteral("profiles"), QStringLiteral("jobs"),
        QStringLiteral("options"), QStringLiteral("graph"),
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
    const QStringList rest = arguments.mid(2);
    qCDebug(lcCli) << "command" << command;
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
        return buildOrLaunch(command, rest);
    if (command == u"profiles")
        return runProfilesCommand(rest);
    if (command == u"jobs")
        return runJobsCommand(rest);
    if (command == u"options")
        return runOptionsCommand(rest);
    if (command == u"graph")
        return runGraphCommand(rest);
    printError(CliText::tr("beam-launcher: unknown command \"%1\".\n\n").arg(command) + overview());
    return ExitCode::BadInput;
}

} // namespace bl::cli
