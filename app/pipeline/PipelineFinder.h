// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Diagnostic.h"
#include "go/GoJson.h"
#include "process/Async.h"
#include "process/ProcessRunner.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl {


/// One main package that imports the Beam Go SDK.
struct PipelineCandidate
{
    QString importPath; ///< "example.com/repo/cmd/wordcount"
    QString dir;        ///< absolute folder
    QString modulePath;
    QString moduleDir;

    friend bool operator==(const PipelineCandidate &a, const PipelineCandidate &b)
    {
        return a.importPath == b.importPath && a.dir == b.dir;
    }
};

/// What `go list ./...` found under a folder.
struct PipelineSearch
{
    enum class Outcome {
        Found,          ///< one or more Beam pipelines
        NoBeamMains,    ///< main packages, none of them imports Beam
        NoMainPackages, ///< Go packages, none of them a main package
        Empty,          ///< no Go package at all under the folder
        NoModule,       ///< the folder is not inside a Go module or workspace
        Failed,         ///< go could not list the folder (see `error`)
    };

    QString folder;
    Outcome outcome = Outcome::Failed;
    QList<PipelineCandidate> pipelines; ///< sorted by import path
    QStringList mainsWithoutBeam;       ///< import paths of the main packages without Beam
    QStringList beamTools;              ///< main packages of Beam's own module that are its tools (prism, boot...)
    int packageCount = 0;               ///< packages go list reported
    Diagnostics problems;               ///< what go reported about the pipelines' packages
    QString error;                      ///< go's own words when it failed
    QStringList modulesBelow;           ///< NoModule: subfolders holding a go.mod (one level down)

    bool isSingle() const { return pipelines.size() == 1; }
    /// One user-facing sentence: which pipeline was found, which ones, or what was found instead.
    QString summary() const;

    /// Decides from what `go list -e -json ./...` printed in `folder` (its exit code says
    /// whether it ran at all; `stderrText` holds its complaints).
    static PipelineSearch evaluate(const QString &folder, const QByteArray &json, const QString &stderrText,
                                   bool goSucceeded);
};

/// Finds the Beam pipelines (main packages importing the Beam Go SDK) in a folder anywhere in
/// a Go module: a module root, a go.work root, a cmd/ folder or the main package itself.
///
/// Runs `go list -e -json ./...` (only the fields it needs) as a child process; nothing
/// blocks. A new search cancels the one still running; only the newest one answers.
class PipelineFinder final : public QObject
{
    Q_OBJECT

public:
    explicit PipelineFinder(QObject *parent = nullptr);
    ~PipelineFinder() override;
    Q_DISABLE_COPY_MOVE(PipelineFinder)

    /// Empty: find go on PATH and the usual folders (GoToolchain::locate).
    void setGoPath(const QString &goPath) { m_goPath = goPath; }
    void find(const QString &folder);
    void cancel();
    bool isRunning() const;

    /// The arguments of the go list command in `folder` (reads its go.work, if any).
    static QStringList listArguments(const QString &folder);
    /// The module folders a go.work file uses.
    static QStringList workspaceModules(const QString &goWorkText);
    /// The pipelines `choice` names in `search`: the one whose import path or folder (absolute,
    /// or relative to the searched folder) it is; else those whose import path or folder ends
    /// with it, in whole path elements ("wordcount", "examples/wordcount").
    static QList<PipelineCandidate> matches(const PipelineSearch &search, const QString &choice);
    /// The one pipeline `choice` names (matches()). Empty with `error` set when it names none
    /// of them or several: the candidates then, one per line with their folders.
    static std::optional<PipelineCandidate> choose(const PipelineSearch &search, const QString &choice,
                                                   QString *error);

Q_SIGNALS:
    /// Progress for people, for big trees ("12 packages listed…").
    void progress(const QString &text);
    void finished(const bl::PipelineSearch &search);

private:
    LatestRun<ProcessRunner> m_runs{this, &ProcessRunner::stop}; // a fresh runner per search
    QString m_goPath;
    QString m_folder;
    QStringList m_out;
    QStringList m_err;
    int m_listed = 0;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::PipelineSearch)
