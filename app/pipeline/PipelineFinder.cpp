// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "pipeline/PipelineFinder.h"

#include "go/GoDiagnostics.h"
#include "go/GoToolchain.h"
#include "pipeline/PipelineText.h"
#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>

#include <algorithm>

namespace bl {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isEmptyFolder(const QString &folder)
{
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    return !it.hasNext();
}

/// go's complaint when neither a go.mod nor a go.work covers the folder.
bool saysNoModule(const QString &stderrText)
{
    return stderrText.contains(QLatin1String("go.mod file not found"))
        || stderrText.contains(QLatin1String("does not contain main module"))
        || stderrText.contains(QLatin1String("does not contain modules listed in go.work"))
        || stderrText.contains(QLatin1String("cannot find main module"));
}

QString listNames(const QStringList &names, int max = 5)
{
    QStringList shown = names.mid(0, max);
    QString list = shown.join(QStringLiteral(", "));
    if (names.size() > max)
        list += PipelineText::tr(" and %n more", nullptr, int(names.size() - max));
    return list;
}

} // namespace

QString PipelineSearch::summary() const
{
    const QString where = native(folder);
    switch (outcome) {
    case Outcome::Found:
        if (pipelines.size() == 1)
            return PipelineText::tr("Found the pipeline %1 in %2.")
                .arg(pipelines.first().importPath, native(pipelines.first().dir));
        {
            QStringList paths;
            for (const PipelineCandidate &c : pipelines)
                paths << c.importPath;
            return PipelineText::tr("%1 holds %n Beam pipelines: %2. Choose one.",
                                               nullptr, int(pipelines.size()))
                .arg(where, paths.join(QStringLiteral(", ")));
        }
    case Outcome::NoBeamMains:
        if (mainsWithoutBeam.isEmpty())
            return PipelineText::tr("No Beam pipeline under %1: its main packages (%2) are Beam's own tools "
                                      "(runners, boot programs), not pipelines.")
                .arg(where, listNames(beamTools));
        return PipelineText::tr(
                                           "No Beam pipeline under %1: its main packages (%2) do not import the "
                                           "Beam Go SDK (github.com/apache/beam/sdks/v2/go/pkg/beam, or "
                                           "github.com/apache/beam/sdks/go/pkg/beam before Beam's Go module).")
            .arg(where, listNames(mainsWithoutBeam));
    case Outcome::NoMainPackages:
        return PipelineText::tr(
                                           "No Beam pipeline under %1: its %n Go package(s) are libraries, none of "
                                           "them is a main package.",
                                           nullptr, packageCount)
            .arg(where);
    case Outcome::Empty:
        return PipelineText::tr("No Beam pipeline: %1 holds no Go package.")
            .arg(where);
    case Outcome::NoModule:
        if (!modulesBelow.isEmpty())
            return PipelineText::tr("%1 is not inside a Go module, but these folders in it are: %2. Choose one of "
                                      "them, or add a go.work that uses them.")
                .arg(where, listNames(modulesBelow, 8));
        return PipelineText::tr(
                                           "%1 is not inside a Go module: there is no go.mod (or go.work) in it or "
                                           "in a folder above. Choose the folder of the pipeline's module, or run "
                                           "`go mod init` there.")
            .arg(where);
    case Outcome::Failed:
        return PipelineText::tr("Go could not list the packages under %1: %2")
            .arg(where, error);
    }
    return {};
}

PipelineSearch PipelineSearch::evaluate(const QString &folder, const QByteArray &json, const QString &stderrText,
                                        bool goSucceeded)
{
    PipelineSearch search;
    search.folder = folder;
    const QList<QByteArray> objects = splitJsonStream(json);
    QString loadErrors = stderrText;
    for (const QByteArray &object : objects) {
        QString parseError;
        const std::optional<PackageInfo> info = PackageInfo::fromJson(object, folder, &parseError);
        if (!info)
            continue;
        if (info->name.isEmpty()) { // a pattern go could not expand ("./..." outside any module)
            for (const Diagnostic &d : info->problems)
                loadErrors += u'\n' + d.message;
            continue;
        }
        ++search.packageCount;
        if (!info->isCommand())
            continue;
        if (info->beamTool) { // prism, boot, beamctl... of Beam's own module: no pipelines
            search.beamTools << info->importPath;
            continue;
        }
        if (!info->importsBeam) {
            search.mainsWithoutBeam << info->importPath;
            continue;
        }
        search.pipelines.append({info->importPath, info->dir, info->modulePath, info->moduleDir});
        search.problems += info->problems;
    }
    std::sort(search.pipelines.begin(), search.pipelines.end(),
              [](const PipelineCandidate &a, const PipelineCandidate &b) { return a.importPath < b.importPath; });
    search.mainsWithoutBeam.sort();
    search.beamTools.sort();

    if (!search.pipelines.isEmpty())
        search.outcome = Outcome::Found;
    else if (!search.mainsWithoutBeam.isEmpty() || !search.beamTools.isEmpty())
        search.outcome = Outcome::NoBeamMains;
    else if (search.packageCount > 0)
        search.outcome = Outcome::NoMainPackages;
    else if (saysNoModule(loadErrors))
        search.outcome = Outcome::NoModule;
    else if (goSucceeded || loadErrors.contains(QLatin1String("matched no packages")))
        search.outcome = Outcome::Empty;
    else {
        search.outcome = Outcome::Failed;
        search.error = loadErrors.trimmed();
        search.problems = GoDiagnosticsParser::parse(stderrText, folder);
    }
    return search;
}

PipelineFinder::PipelineFinder(QObject *parent)
    : QObject(parent)
{
}

PipelineFinder::~PipelineFinder() = default; // a running ProcessRunner ends its child when deleted

bool PipelineFinder::isRunning() const
{
    return m_runs.child() && m_runs.child()->isRunning();
}

QStringList PipelineFinder::workspaceModules(const QString &goWorkText)
{
    // `use ./a` or `use ( ./a \n "./b" )`, comments after //.
    QStringList dirs;
    bool inBlock = false;
    const QStringList lines = goWorkText.split(u'\n');
    for (QString line : lines) {
        if (const qsizetype comment = line.indexOf(QLatin1String("//")); comment >= 0)
            line.truncate(comment);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        QString path;
        if (inBlock) {
            if (line == u")") {
                inBlock = false;
                continue;
            }
            path = line;
        } else if (line.startsWith(QLatin1String("use"))) {
            const QString rest = line.mid(3).trimmed();
            if (rest == u"(") {
                inBlock = true;
                continue;
            }
            if (line.size() > 3 && !line.at(3).isSpace() && line.at(3) != u'(')
                continue; // "user", "useful": not the directive
            path = rest;
        } else {
            continue;
        }
        if (path.size() >= 2 && (path.startsWith(u'"') || path.startsWith(u'`')))
            path = path.mid(1, path.size() - 2);
        if (!path.isEmpty())
            dirs << path;
    }
    return dirs;
}

QStringList PipelineFinder::listArguments(const QString &folder)
{
    // Only the fields needed: Deps says whether Beam is imported, even through the pipeline's
    // own packages; the errors explain a package that does not load.
    QStringList args = {QStringLiteral("list"), QStringLiteral("-e"),
                        QStringLiteral("-json=Dir,ImportPath,Name,Imports,Deps,Module,Error,DepsErrors")};
    // At a go.work root "./..." matches nothing unless a module sits right there: list
    // every module of the workspace that lies under the folder instead.
    QFile goWork(QDir(folder).filePath(QStringLiteral("go.work")));
    if (goWork.size() < 1024 * 1024 && goWork.open(QIODevice::ReadOnly)) {
        const QStringList modules = workspaceModules(QString::fromUtf8(goWork.readAll()));
        QStringList patterns;
        for (const QString &module : modules) {
            const QString clean = QDir::cleanPath(module);
            if (QDir::isAbsolutePath(clean) || clean.startsWith(QLatin1String("..")))
                continue;
            patterns << (clean == u"." ? QStringLiteral("./...") : QStringLiteral("./") + clean + QStringLiteral("/..."));
        }
        if (!patterns.isEmpty())
            return args + patterns;
    }
    return args << QStringLiteral("./...");
}

QList<PipelineCandidate> PipelineFinder::matches(const PipelineSearch &search, const QString &choice)
{
    const QString asDir = QDir::cleanPath(QDir(search.folder).absoluteFilePath(choice));
    for (const PipelineCandidate &c : search.pipelines) {
        if (c.importPath == choice || QDir::cleanPath(c.dir) == asDir)
            return {c};
    }
    // The end of an import path or folder, whole path elements only: "wordcount" or
    // "examples/wordcount" names .../examples/wordcount, never .../large_wordcount.
    QString tail = QDir::fromNativeSeparators(choice);
    while (tail.endsWith(u'/'))
        tail.chop(1);
    while (tail.startsWith(QLatin1String("./")))
        tail.remove(0, 2);
    if (tail.isEmpty() || tail.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(tail))
        return {};
    const QString suffix = u'/' + tail;
    QList<PipelineCandidate> found;
    for (const PipelineCandidate &c : search.pipelines) {
        const QString dir = QDir::fromNativeSeparators(QDir::cleanPath(c.dir));
        if (c.importPath.endsWith(suffix) || dir.endsWith(suffix))
            found << c;
    }
    return found;
}

std::optional<PipelineCandidate> PipelineFinder::choose(const PipelineSearch &search, const QString &choice,
                                                        QString *error)
{
    const QList<PipelineCandidate> found = matches(search, choice);
    if (found.size() == 1)
        return found.first();
    if (!error)
        return std::nullopt;
    if (search.pipelines.isEmpty()) {
        *error = search.summary();
        return std::nullopt;
    }
    const QDir base(search.folder);
    const auto listed = [&base](const QList<PipelineCandidate> &list) {
        QStringList lines;
        for (const PipelineCandidate &c : list)
            lines << QStringLiteral("  ") + c.importPath + QStringLiteral("  (")
                    + native(base.relativeFilePath(c.dir)) + u')';
        return lines.join(u'\n');
    };
    if (found.size() > 1) {
        *error = PipelineText::tr("--package %1 matches %n pipelines under %2; give one's whole import path or "
                                    "its folder:",
                                    nullptr, int(found.size()))
                     .arg(choice, native(search.folder))
            + u'\n' + listed(found);
    } else {
        *error = PipelineText::tr("%1 is none of the %n pipelines under %2; give one's import path or folder:",
                                    nullptr, int(search.pipelines.size()))
                     .arg(choice, native(search.folder))
            + u'\n' + listed(search.pipelines);
    }
    return std::nullopt;
}

void PipelineFinder::cancel()
{
    m_runs.cancel();
}

void PipelineFinder::find(const QString &folder)
{
    m_runs.begin();
    m_folder = QDir::cleanPath(QDir(folder).absolutePath());
    m_out.clear();
    m_err.clear();
    m_listed = 0;
    const QString dir = m_folder;
    // Answers always arrive through the event loop, like the process ones do.
    auto answerLater = [this](const PipelineSearch &search) {
        m_runs.post([this, search] { Q_EMIT finished(search); });
    };
    PipelineSearch early;
    early.folder = dir;
    if (!QFileInfo(dir).isDir()) {
        early.error = PipelineText::tr("%1 is not a folder.").arg(native(dir));
        answerLater(early);
        return;
    }
    if (isEmptyFolder(dir)) {
        early.outcome = PipelineSearch::Outcome::Empty;
        answerLater(early);
        return;
    }
    QString error;
    const QString go = GoToolchain::locate(m_goPath, &error);
    if (go.isEmpty()) {
        early.error = error;
        answerLater(early);
        return;
    }
    // The runner's signals end with its run (LatestRun): what comes in is this search's.
    ProcessRunner *runner = m_runs.spawn();
    runner->setGracePeriod(1000);
    runner->setProgram(go, listArguments(dir));
    runner->setWorkingDirectory(dir);
    runner->setEnvironment(QProcessEnvironment::systemEnvironment());
    connect(runner, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel channel, const QStringList &lines) {
                if (channel == ProcessRunner::Channel::StdErr) {
                    m_err += lines;
                    return;
                }
                m_out += lines;
                const int before = m_listed;
                for (const QString &line : lines) {
                    if (line.startsWith(u'}'))
                        ++m_listed;
                }
                if (m_listed / 50 != before / 50)
                    Q_EMIT progress(PipelineText::tr("%n package(s) listed…", nullptr, m_listed));
            });
    connect(runner, &ProcessRunner::finished, this, [this, dir](const ProcessRunner::Result &result) {
        m_runs.release();
        PipelineSearch search;
        if (result.kind == ProcessRunner::ExitKind::FailedToStart) {
            search.folder = dir;
            search.error = PipelineText::tr("Go could not be started: %1").arg(result.errorString);
        } else {
            search = PipelineSearch::evaluate(dir, m_out.join(u'\n').toUtf8(), m_err.join(u'\n'),
                                              result.succeeded());
        }
        if (search.outcome == PipelineSearch::Outcome::NoModule) {
            // One level down only: a folder of modules (a repository without go.work).
            const QStringList subfolders = QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
            for (const QString &sub : subfolders) {
                if (QFileInfo::exists(dir + u'/' + sub + QStringLiteral("/go.mod")))
                    search.modulesBelow << sub;
            }
        }
        m_out.clear();
        m_err.clear();
        Q_EMIT finished(search);
    });
    Q_EMIT progress(PipelineText::tr("Looking for Beam pipelines under %1…").arg(native(dir)));
    runner->start();
}

} // namespace bl
