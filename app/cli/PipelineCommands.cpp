// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "PipelineCommands.h"

#include "CommandModel.h"
#include "JobsCommand.h"
#include "LaunchOptions.h"
#include "RunToEnd.h"
#include "launch/Constants.h"
#include "launch/LaunchSession.h"
#include "pipeline/HostLauncher.h"
#include "pipeline/PipelineFinder.h"
#include "pipeline/PipelineFlags.h"
#include "pipeline/PipelineGraph.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <optional>

namespace bl::cli {

namespace {

constexpr int GoOn = -1;

/// A folder holding a main package (not counting tests): taken as the pipeline, as before.
bool isMainPackageFolder(const QString &folder)
{
    static const QRegularExpression clause(QStringLiteral(R"(^\s*package\s+main\b)"),
                                           QRegularExpression::MultilineOption);
    QDirIterator it(folder, {QStringLiteral("*.go")}, QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String("_test.go")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && clause.match(QString::fromUtf8(file.read(8192))).hasMatch())
            return true;
    }
    return false;
}

/// The pipeline search over `folder`, run to its end.
std::optional<PipelineSearch> search(const QString &folder, const QString &goPath)
{
    PipelineFinder finder;
    finder.setGoPath(goPath);
    PipelineSearch result;
    RunToEnd run([&](int) {
        finder.cancel();
        run.finish(ExitCode::Cancelled);
    });
    QObject::connect(&finder, &PipelineFinder::finished, &finder, [&](const PipelineSearch &s) {
        result = s;
        run.finish(ExitCode::Ok);
    });
    finder.find(folder);
    if (run.exec() != ExitCode::Ok)
        return std::nullopt;
    return result;
}

/// The launcher for this machine: `prebuilt` when given, else built (or found up to date).
QString hostLauncher(const LaunchSettings &settings, bool json, bool quiet, int *exitCode)
{
    if (!settings.launcherBinary.isEmpty())
        return settings.launcherBinary;
    HostLauncher builder;
    BuildResult result;
    RunToEnd run([&](int) {
        builder.cancel();
        run.finish(ExitCode::Cancelled);
    });
    QObject::connect(&builder, &HostLauncher::diagnostic, &builder, [quiet](const Diagnostic &d) {
        if (!quiet)
            printError(d.toString());
    });
    QObject::connect(&builder, &HostLauncher::finished, &builder, [&](const BuildResult &r) {
        result = r;
        run.finish(ExitCode::Ok);
    });
    // While go build runs: a line when its phase changes, else at most every 5 s.
    std::optional<BuildProgress> said;
    QObject::connect(&builder, &HostLauncher::progress, &builder, [&](const BuildProgress &p) {
        if (quiet || (said && said->phase == p.phase && p.seconds - said->seconds < 5))
            return;
        said = p;
        say(CliText::tr("[launcher build] %1").arg(p.text()));
    });
    if (!quiet)
        say(CliText::tr("building the launcher for this machine…"));
    builder.build(settings);
    if (run.exec() != ExitCode::Ok) {
        *exitCode = ExitCode::Cancelled;
        return {};
    }
    if (!result.ok) {
        if (!quiet)
            reportError(json, result.error);
        *exitCode = ExitCode::Failed;
        return {};
    }
    if (!quiet)
        say(result.current ? CliText::tr("launcher up to date: not built again")
                                 : CliText::tr("launcher built in %1 s").arg(result.seconds, 0, 'f', 1));
    return result.path;
}

/// `settings`, when given, names the pipeline's package: its own flags are then told from
/// Beam's by its sources (PipelineFlagsReader::setPackage).
std::optional<FlagsReadResult> readFlags(const QString &launcher, int timeoutMs,
                                         const LaunchSettings *settings = nullptr)
{
    PipelineFlagsReader reader;
    reader.setTimeout(timeoutMs);
    if (settings)
        reader.setPackage(settings->packageDir, settings->goPath, settings->buildTags);
    FlagsReadResult result;
    RunToEnd run([&](int) {
        reader.cancel();
        run.finish(ExitCode::Cancelled);
    });
    QObject::connect(&reader, &PipelineFlagsReader::finished, &reader, [&](const FlagsReadResult &r) {
        result = r;
        run.finish(ExitCode::Ok);
    });
    reader.read(launcher);
    if (run.exec() != ExitCode::Ok)
        return std::nullopt;
    return result;
}

/// The options `options` and `graph` share.
QList<QCommandLineOption> commonOptions()
{
    return {
        {QStringLiteral("json"), CliText::tr("Print JSON on stdout.")},
        {QStringLiteral("package"), CliText::tr("The pipeline to use when the folder holds several (import path or folder)."),
         CliText::tr("IMPORT_PATH_OR_DIR")},
        {QStringLiteral("go"), CliText::tr("The go command to use (default: go on PATH, then the usual install folders)."),
         CliText::tr("PATH")},
        {QStringLiteral("tags"), CliText::tr("Comma-separated Go build tags."), CliText::tr("a,b")},
        {QStringLiteral("cgo"), CliText::tr("Build the launcher with CGO_ENABLED=1, as `build --cgo` and `launch --cgo` do (default: 0).")},
        {QStringLiteral("out"), CliText::tr("Folder for the binaries (default: a per-package cache folder)."), CliText::tr("DIR")},
        {QStringLiteral("launcher-binary"), CliText::tr("Use this prebuilt launcher (for this machine) instead of building."),
         CliText::tr("FILE")},
    };
}

QCommandLineOption timeoutOption(int defaultMs)
{
    return {QStringLiteral("timeout"), CliText::tr("Seconds the launcher may take to answer (default: %1).").arg(defaultMs / 1000),
            CliText::tr("SECONDS")};
}

Argument folderArgument()
{
    return {QStringLiteral("DIR"), CliText::tr("The pipeline's module, repository or package folder."),
            Argument::Kind::Optional};
}

/// Reads what `options` and `graph` share: the settings and the folder.
int readCommon(const Invocation &call, LaunchSettings *settings, int *timeoutMs)
{
    const bool json = call.json();
    settings->launcherBinary = call.value(QStringLiteral("launcher-binary"));
    if (call.positional.isEmpty() && settings->launcherBinary.isEmpty()) {
        reportError(json, CliText::tr("give one folder: the pipeline's module, repository or package folder."));
        return ExitCode::BadInput;
    }
    settings->goPath = call.value(QStringLiteral("go"));
    settings->outDir = call.value(QStringLiteral("out"));
    settings->cgo = call.isSet(QStringLiteral("cgo"));
    if (call.isSet(QStringLiteral("tags")))
        settings->buildTags = call.value(QStringLiteral("tags")).split(u',', Qt::SkipEmptyParts);
    if (call.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const QString given = call.value(QStringLiteral("timeout"));
        const double seconds = given.toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            reportError(json, CliText::tr("--timeout takes a number of seconds (e.g. 15), not \"%1\".").arg(given));
            return ExitCode::BadInput;
        }
        *timeoutMs = int(seconds * 1000);
    }
    if (call.positional.isEmpty())
        return GoOn;
    settings->packageDir = QDir::cleanPath(QDir(call.positional.constFirst()).absolutePath());
    return resolvePipelineFolder(settings, call.value(QStringLiteral("package")), json);
}

QJsonObject flagJson(const PipelineFlag &f)
{
    return {{QStringLiteral("name"), f.name},
            {QStringLiteral("type"), PipelineFlag::kindName(f.kind)},
            {QStringLiteral("typeName"), f.typeName},
            {QStringLiteral("default"), f.defaultValue},
            {QStringLiteral("usage"), f.usage},
            {QStringLiteral("group"), PipelineFlag::groupName(f.group)}};
}

} // namespace

int resolvePipelineFolder(LaunchSettings *settings, const QString &choice, bool json)
{
    const QString folder = QDir::cleanPath(QDir(settings->packageDir.isEmpty() ? QStringLiteral(".")
                                                                              : settings->packageDir)
                                               .absolutePath());
    if (!QFileInfo(folder).isDir())
        return GoOn; // the session explains a missing folder
    // A main package folder is taken as it is, as before.
    if (choice.isEmpty() && isMainPackageFolder(folder))
        return GoOn;
    const std::optional<PipelineSearch> found = search(folder, settings->goPath);
    if (!found)
        return ExitCode::Cancelled;
    if (!choice.isEmpty()) {
        QString error;
        const auto chosen = PipelineFinder::choose(*found, choice, &error);
        if (!chosen) {
            reportError(json, error);
            if (json && !found->pipelines.isEmpty()) {
                QList<PipelineCandidate> listed = PipelineFinder::matches(*found, choice);
                if (listed.isEmpty())
                    listed = found->pipelines;
                QJsonArray list;
                for (const PipelineCandidate &c : std::as_const(listed))
                    list.append(QJsonObject{{QStringLiteral("importPath"), c.importPath}, {QStringLiteral("dir"), c.dir}});
                printEvent(QStringLiteral("pipelines"), {{QStringLiteral("pipelines"), list}});
            }
            return ExitCode::BadInput;
        }
        settings->packageDir = chosen->dir;
    } else if (found->outcome != PipelineSearch::Outcome::Found) {
        reportError(json, found->summary());
        return ExitCode::BadInput;
    } else if (found->pipelines.size() > 1) {
        QStringList lines;
        for (const PipelineCandidate &c : found->pipelines)
            lines << QStringLiteral("  ") + c.importPath + QStringLiteral("  (")
                    + QDir::toNativeSeparators(QDir(folder).relativeFilePath(c.dir)) + u')';
        reportError(json, CliText::tr("%1 holds %n Beam pipelines; choose one with --package IMPORT_PATH_OR_DIR:",
                                      nullptr, int(found->pipelines.size()))
                              .arg(QDir::toNativeSeparators(folder))
                        + u'\n' + lines.join(u'\n'));
        if (json) {
            QJsonArray list;
            for (const PipelineCandidate &c : found->pipelines)
                list.append(QJsonObject{{QStringLiteral("importPath"), c.importPath}, {QStringLiteral("dir"), c.dir}});
            printEvent(QStringLiteral("pipelines"), {{QStringLiteral("pipelines"), list}});
        }
        return ExitCode::BadInput;
    } else {
        settings->packageDir = found->pipelines.first().dir;
    }
    const QString importPath = [&] {
        for (const PipelineCandidate &c : found->pipelines) {
            if (c.dir == settings->packageDir)
                return c.importPath;
        }
        return QString();
    }();
    say(CliText::tr("using the pipeline %1 (%2)").arg(importPath, QDir::toNativeSeparators(settings->packageDir)));
    if (json)
        printEvent(QStringLiteral("pipeline"), {{QStringLiteral("importPath"), importPath},
                                                {QStringLiteral("dir"), settings->packageDir}});
    return GoOn;
}

namespace {

int runOptions(const Invocation &call)
{
    LaunchSettings settings;
    const bool json = call.json();
    int timeoutMs = PipelineFlagsReader::DefaultTimeoutMs;
    const int early = readCommon(call, &settings, &timeoutMs);
    if (early >= 0)
        return early;
    int exitCode = ExitCode::Failed;
    const QString launcher = hostLauncher(settings, json, json, &exitCode);
    if (launcher.isEmpty())
        return exitCode;
    const auto read = readFlags(launcher, timeoutMs, &settings);
    if (!read)
        return ExitCode::Cancelled;
    if (!read->ok) {
        reportError(json, read->error);
        return ExitCode::Failed;
    }
    if (!read->groupsFromSources && !json) {
        const QString why = read->sourceError.isEmpty()
            ? CliText::tr("only a launcher was given, not the pipeline's folder")
            : read->sourceError;
        say(CliText::tr("the pipeline's own flags are told from Beam's by name only (%1); flags of a Beam "
                              "release newer than 2.77 may be listed as the pipeline's.")
                      .arg(why));
    }
    const PipelineFlagList flags = PipelineFlags::offered(read->flags);
    if (json) {
        QJsonArray list;
        for (const PipelineFlag &f : flags)
            list.append(flagJson(f));
        writeData(QJsonDocument(QJsonObject{{QStringLiteral("launcher"), launcher},
                                            {QStringLiteral("groupsFromSources"), read->groupsFromSources},
                                            {QStringLiteral("flags"), list}})
                      .toJson(QJsonDocument::Indented));
        return ExitCode::Ok;
    }
    QString text;
    QTextStream out(&text);
    for (const PipelineFlag::Group group : {PipelineFlag::Group::Pipeline, PipelineFlag::Group::Beam,
                                            PipelineFlag::Group::Runner}) {
        bool first = true;
        for (const PipelineFlag &f : flags) {
            if (f.group != group)
                continue;
            if (first)
                out << PipelineFlag::groupDisplayName(group) << QStringLiteral(":\n");
            first = false;
            out << QStringLiteral("  --") << f.name << u' '
                << (f.kind == PipelineFlag::Kind::Value && !f.typeName.isEmpty() ? f.typeName : PipelineFlag::kindName(f.kind));
            if (!f.defaultValue.isEmpty())
                out << QStringLiteral("  ") << CliText::tr("(default %1)").arg(f.defaultValue);
            out << u'\n';
            const QStringList usage = f.usage.split(u'\n');
            for (const QString &line : usage)
                out << QStringLiteral("      ") << line << u'\n';
        }
        if (!first)
            out << u'\n';
    }
    out.flush();
    writeData(text.toUtf8());
    return ExitCode::Ok;
}

int runGraph(const Invocation &call)
{
    if (call.isSet(QStringLiteral("job")) || call.isSet(QStringLiteral("endpoint")))
        return runJobGraph(call);
    LaunchSettings settings;
    const bool json = call.json();
    int timeoutMs = PipelineGraph::DefaultTimeoutMs;
    const int early = readCommon(call, &settings, &timeoutMs);
    if (early >= 0)
        return early;
    int exitCode = ExitCode::Failed;
    const QString launcher = hostLauncher(settings, json, json, &exitCode);
    if (launcher.isEmpty())
        return exitCode;
    const QString folder = QFileInfo(launcher).absolutePath() + QStringLiteral("/graph");
    PipelineGraph graph;
    graph.setTimeout(timeoutMs);
    graph.setPackage(QString(), settings.packageDir);
    GraphResult result;
    RunToEnd run([&](int) {
        graph.cancel();
        run.finish(ExitCode::Cancelled);
    });
    QObject::connect(&graph, &PipelineGraph::finished, &graph, [&](const GraphResult &r) {
        result = r;
        run.finish(ExitCode::Ok);
    });
    graph.render(launcher, call.pipelineFlags, folder);
    if (run.exec() != ExitCode::Ok)
        return ExitCode::Cancelled;
    for (const Diagnostic &d : std::as_const(result.diagnostics)) {
        printError(d.toString());
        if (json)
            printEvent(QStringLiteral("diagnostic"), {{QStringLiteral("file"), d.file},
                                                      {QStringLiteral("line"), d.line},
                                                      {QStringLiteral("message"), d.message}});
    }
    if (!result.ok) {
        if (result.diagnostics.isEmpty() && !result.output.isEmpty() && !result.runsItself)
            printError(result.output.mid(qMax(0, int(result.output.size()) - 10)).join(u'\n'));
        reportError(json, result.error);
        return ExitCode::Failed;
    }
    QString svgPath = result.svgFile;
    const auto copy = [json](const QString &from, const QString &to) {
        QFile::remove(to);
        if (QFile::copy(from, to))
            return true;
        reportError(json, CliText::tr("cannot write %1.").arg(QDir::toNativeSeparators(to)));
        return false;
    };
    const QString svg = QStringLiteral("svg"), dotOut = QStringLiteral("dot");
    if (call.isSet(svg)) {
        svgPath = QFileInfo(call.value(svg)).absoluteFilePath();
        if (!copy(result.svgFile, svgPath))
            return ExitCode::Failed;
    }
    QString dotPath = result.dotFile;
    if (call.isSet(dotOut)) {
        dotPath = QFileInfo(call.value(dotOut)).absoluteFilePath();
        if (!copy(result.dotFile, dotPath))
            return ExitCode::Failed;
    }
    if (json) {
        printEvent(QStringLiteral("graph"), {{QStringLiteral("svg"), svgPath}, {QStringLiteral("dot"), dotPath}});
    } else {
        say(CliText::tr("graph written to %1").arg(QDir::toNativeSeparators(svgPath)));
        if (!call.isSet(svg))
            printData(QDir::toNativeSeparators(svgPath));
    }
    return ExitCode::Ok;
}

} // namespace

Command optionsCommand()
{
    Command options;
    options.name = QStringLiteral("options");
    options.summary = CliText::tr("Print a pipeline's own flags.");
    options.description = CliText::tr("Print a Beam Go pipeline's own flags (from its launcher's --help): "
                                      "name, type, default, usage and group. The flags Beam Launcher sets "
                                      "itself are left out.");
    options.arguments = {folderArgument()};
    options.options = commonOptions() << timeoutOption(PipelineFlagsReader::DefaultTimeoutMs);
    options.handler = runOptions;
    return options;
}

Command graphCommand()
{
    Command graph;
    graph.name = QStringLiteral("graph");
    graph.summary = CliText::tr("Draw a pipeline's graph as SVG.");
    graph.description = CliText::tr("Draw a Beam Go pipeline's graph without running it: its launcher "
                                    "with Beam's dot runner, then Graphviz (dot -Tsvg).\n"
                                    "With --job JOB_ID --endpoint HOST:PORT: draw a job that runs or ran on a job "
                                    "service instead, from its pipeline (the Job API's GetPipeline), each step "
                                    "with the elements of its main output (\"N elements\") and its time, each "
                                    "edge with its element count (GetJobMetrics).");
    graph.arguments = {folderArgument()};
    graph.pipelineFlags = true;
    graph.options = commonOptions() << timeoutOption(PipelineGraph::DefaultTimeoutMs)
                                    << QCommandLineOption(QStringLiteral("svg"), CliText::tr("Write the SVG here (default: print its path)."), CliText::tr("FILE"))
                                    << QCommandLineOption(QStringLiteral("dot"), CliText::tr("Also copy the DOT graph here."), CliText::tr("FILE"))
                                    << QCommandLineOption(QStringLiteral("job"), CliText::tr("Draw this job of the job service at --endpoint, with its counts."), CliText::tr("JOB_ID"))
                                    << QCommandLineOption(QStringLiteral("endpoint"), CliText::tr("The job service's address (with --job)."), CliText::tr("HOST:PORT"));
    graph.handler = runGraph;
    return graph;
}

} // namespace bl::cli
