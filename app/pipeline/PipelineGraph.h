// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Diagnostic.h"
#include "process/Async.h"
#include "process/ProcessRunner.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

namespace bl {


/// What drawing a pipeline's graph gave.
struct GraphResult
{
    bool ok = false;
    QString dotFile;         ///< the graph as Beam's dot runner wrote it (when it did)
    QString svgFile;         ///< Graphviz's rendering (ok only)
    QString error;           ///< one sentence for people when !ok
    Diagnostics diagnostics; ///< the graph construction error, for the Problems view
    QStringList output;      ///< what the launcher printed
    /// The launcher defines no --runner (its main runs the pipeline itself): `output` is only Go's
    /// usage, and `error` says why there is no graph.
    bool runsItself = false;
};

/// Draws a pipeline's graph before anything runs: the launcher with Beam's `dot` runner
/// (`--runner=dot --dot_file=FILE` plus the pipeline flags) writes the graph, Graphviz's
/// `dot -Tsvg` renders it. Child processes only; nothing blocks.
class PipelineGraph final : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutMs = 60000;

    explicit PipelineGraph(QObject *parent = nullptr);
    ~PipelineGraph() override;
    Q_DISABLE_COPY_MOVE(PipelineGraph)

    void setTimeout(int ms) { m_timeoutMs = ms; }
    /// The main package (import path and folder), so that the error's stack frames in the
    /// pipeline's own files become positions in its sources.
    void setPackage(const QString &importPath, const QString &dir);
    /// Writes `<outputFolder>/graph.dot` and `graph.svg`.
    void render(const QString &launcherBinary, const QStringList &pipelineFlags, const QString &outputFolder);
    void cancel();
    bool isRunning() const;

    /// The launcher's arguments: the dot runner first, then `pipelineFlags` without the flags
    /// the dot runner replaces (runner, endpoint, dot_file, worker_binary, environment_*).
    static QStringList dotRunArguments(const QStringList &pipelineFlags, const QString &dotFile);
    /// Graphviz's `dot` program, or empty.
    static QString findGraphviz();
    /// The graph construction error in what a launcher printed: a panic, a log.Fatal line or
    /// Beam's error, located at the first stack frame in the pipeline's own package.
    static Diagnostics errorDiagnostics(const QStringList &output, const QString &importPath,
                                        const QString &packageDir);
    /// The labels of the graph's nodes in a DOT file's text.
    static QStringList nodeLabels(const QString &dotText);

Q_SIGNALS:
    void finished(const bl::GraphResult &result);

private:
    void runGraphviz();
    void finish(GraphResult result);

    LatestRun<ProcessRunner> m_runs{this, &ProcessRunner::stop}; // the launcher, then Graphviz
    GraphResult m_result;
    QString m_importPath;
    QString m_packageDir;
    QString m_binary;
    QString m_folder;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_timedOut = false;
};

} // namespace bl

Q_DECLARE_METATYPE(bl::GraphResult)
