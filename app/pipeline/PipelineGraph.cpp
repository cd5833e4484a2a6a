// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "pipeline/PipelineGraph.h"

#include "launch/LaunchSpec.h"

#include "pipeline/PipelineFlags.h"
#include "pipeline/PipelineText.h"
#include "process/ProcessRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace bl {

PipelineGraph::PipelineGraph(QObject *parent)
    : QObject(parent)
{
}

PipelineGraph::~PipelineGraph() = default; // a running ProcessRunner ends its child when deleted

void PipelineGraph::setPackage(const QString &importPath, const QString &dir)
{
    m_importPath = importPath;
    m_packageDir = dir;
}

bool PipelineGraph::isRunning() const
{
    return m_runs.child() && m_runs.child()->isRunning();
}

void PipelineGraph::cancel()
{
    m_runs.cancel();
}

QStringList PipelineGraph::dotRunArguments(const QStringList &pipelineFlags, const QString &dotFile)
{
    static const QStringList replaced = {QStringLiteral("runner"), QStringLiteral("endpoint"),
                                         QStringLiteral("dot_file"), QStringLiteral("worker_binary"),
                                         QStringLiteral("environment_type"), QStringLiteral("environment_config")};
    QStringList args = {QStringLiteral("--runner=dot"), QStringLiteral("--dot_file=") + dotFile};
    for (qsizetype i = 0; i < pipelineFlags.size(); ++i) {
        QString name, value;
        bool hasValue = false;
        if (LaunchSpec::splitFlag(pipelineFlags.at(i), &name, &value, &hasValue) && replaced.contains(name)) {
            if (!hasValue)
                ++i; // its value is the next word
            continue;
        }
        args << pipelineFlags.at(i);
    }
    return args;
}

QString PipelineGraph::findGraphviz()
{
    QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) // GUI apps on macOS do not see the shell's PATH
        dot = QStandardPaths::findExecutable(QStringLiteral("dot"),
                                             {QStringLiteral("/opt/homebrew/bin"), QStringLiteral("/usr/local/bin")});
    return dot;
}

QStringList PipelineGraph::nodeLabels(const QString &dotText)
{
    static const QRegularExpression label(QStringLiteral(R"re(label="((?:[^"\\]|\\.)*)")re"));
    QStringList labels;
    auto it = label.globalMatch(dotText);
    while (it.hasNext())
        labels << it.next().captured(1).replace(QLatin1String("\\\""), QLatin1String("\""));
    return labels;
}

Diagnostics PipelineGraph::errorDiagnostics(const QStringList &output, const QString &importPath,
                                            const QString &packageDir)
{
    // The message: a panic ("panic: ..." up to the goroutine dump), else the last log line
    // that says what failed.
    static const QRegularExpression logPrefix(QStringLiteral(R"(^\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d+)? )"));
    QStringList message;
    qsizetype panicAt = -1;
    for (qsizetype i = 0; i < output.size(); ++i) {
        if (output.at(i).startsWith(QLatin1String("panic: "))) {
            panicAt = i;
            break;
        }
    }
    if (panicAt >= 0) {
        message << output.at(panicAt).mid(7);
        for (qsizetype i = panicAt + 1; i < output.size(); ++i) {
            const QString &line = output.at(i);
            if (line.startsWith(QLatin1String("goroutine ")) || line.startsWith(QLatin1String("[recovered]")))
                break;
            if (!line.trimmed().isEmpty())
                message << line;
        }
    } else {
        for (qsizetype i = output.size() - 1; i >= 0; --i) {
            QString line = output.at(i);
            line.remove(logPrefix);
            if (line.trimmed().isEmpty())
                continue;
            message << line.trimmed();
            break;
        }
    }
    if (message.isEmpty())
        return {};
    Diagnostic d;
    d.severity = Diagnostic::Severity::Error;
    d.message = message.join(u'\n').trimmed();
    d.package = importPath;
    // "\tIMPORTPATH/main.go:21 +0x1d" (-trimpath) or "\t/abs/dir/main.go:21 +0x1d".
    static const QRegularExpression frame(QStringLiteral(R"(^\t(\S+\.go):(\d+)(?: \+0x[0-9a-f]+)?$)"));
    for (qsizetype i = 1; i < output.size(); ++i) {
        const QRegularExpressionMatch m = frame.match(output.at(i));
        if (!m.hasMatch())
            continue;
        const QString file = m.captured(1);
        const QString fileName = QFileInfo(file).fileName();
        QString local;
        if (!packageDir.isEmpty() && output.at(i - 1).startsWith(QLatin1String("main.")))
            local = QDir(packageDir).filePath(fileName); // a function of the main package
        else if (!importPath.isEmpty() && file == importPath + u'/' + fileName)
            local = QDir(packageDir).filePath(fileName);
        else if (!packageDir.isEmpty() && QFileInfo(file).absolutePath() == QDir::cleanPath(packageDir))
            local = file;
        if (local.isEmpty())
            continue;
        d.file = QDir::fromNativeSeparators(QDir::cleanPath(local));
        d.line = m.captured(2).toInt();
        break;
    }
    return {d};
}

void PipelineGraph::render(const QString &launcherBinary, const QStringList &pipelineFlags,
                           const QString &outputFolder)
{
    m_runs.begin();
    m_result = GraphResult();
    m_binary = launcherBinary;
    m_folder = outputFolder;
    m_timedOut = false;
    const auto failLater = [this](const QString &error) {
        GraphResult result;
        result.error = error;
        m_runs.post([this, result] { Q_EMIT finished(result); });
    };
    if (!QFileInfo(launcherBinary).isExecutable()) {
        failLater(PipelineText::tr("%1 is not an executable launcher: build the pipeline first.")
                      .arg(QDir::toNativeSeparators(launcherBinary)));
        return;
    }
    if (!QDir().mkpath(outputFolder)) {
        failLater(PipelineText::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(outputFolder)));
        return;
    }
    m_result.dotFile = QDir(outputFolder).filePath(QStringLiteral("graph.dot"));
    QFile::remove(m_result.dotFile); // an old graph must not pass for this one
    ProcessRunner *runner = m_runs.spawn();
    runner->setGracePeriod(1000);
    runner->setProgram(launcherBinary, dotRunArguments(pipelineFlags, m_result.dotFile));
    runner->setWorkingDirectory(outputFolder);
    runner->setEnvironment(QProcessEnvironment::systemEnvironment());
    auto *timer = new QTimer(runner);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, m_runs.guard([this, runner] {
        if (m_runs.child() != runner)
            return; // it has just finished
        m_timedOut = true;
        runner->stop();
    }));
    connect(runner, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel, const QStringList &lines) { m_result.output += lines; });
    connect(runner, &ProcessRunner::finished, this, [this](const ProcessRunner::Result &r) {
        m_runs.release();
        GraphResult result = m_result;
        const QString name = QFileInfo(m_binary).fileName();
        if (m_timedOut) {
            result.error = PipelineText::tr("%1 did not write its graph within %2 s; it was stopped.")
                               .arg(name)
                               .arg(m_timeoutMs / 1000);
            finish(result);
            return;
        }
        if (r.kind == ProcessRunner::ExitKind::FailedToStart) {
            result.error = PipelineText::tr("%1 could not be started: %2").arg(name, r.errorString);
            finish(result);
            return;
        }
        if (!r.succeeded() || !QFileInfo::exists(result.dotFile)) {
            result.diagnostics = errorDiagnostics(result.output, m_importPath, m_packageDir);
            const QString joined = result.output.join(u'\n');
            if (joined.contains(QLatin1String("flag provided but not defined: -runner"))) {
                // A main without beamx.Run: it calls a runner (direct.Execute...) itself.
                result.diagnostics.clear();
                result.runsItself = true;
                result.error = PipelineText::tr("This program runs its pipeline itself, in its own process (it defines no "
                                  "--runner flag: it does not call beamx.Run), so Beam's dot runner cannot draw "
                                  "its graph. Call beamx.Run(ctx, p) in its main to get the graph.");
            } else if (joined.contains(QLatin1String("dot")) && joined.contains(QLatin1String("runner"))
                && (joined.contains(QLatin1String("not found")) || joined.contains(QLatin1String("unknown")))) {
                result.error = PipelineText::tr("The pipeline does not know Beam's dot runner: run it with beamx.Run (which "
                                  "registers every runner) or import the package runners/dot of the Beam Go SDK "
                                  "(github.com/apache/beam/sdks/v2/go/pkg/beam/runners/dot; before Beam's Go "
                                  "module github.com/apache/beam/sdks/go/pkg/beam/runners/dot).");
            } else {
                result.error = result.diagnostics.isEmpty()
                    ? PipelineText::tr("The pipeline's graph could not be built (exit code %1).").arg(r.exitCode)
                    : PipelineText::tr("The pipeline's graph could not be built: %1").arg(result.diagnostics.first().message);
            }
            finish(result);
            return;
        }
        m_result = result;
        runGraphviz();
    });
    runner->start();
    timer->start(m_timeoutMs);
}

void PipelineGraph::runGraphviz()
{
    const QString dot = findGraphviz();
    if (dot.isEmpty()) {
        GraphResult result = m_result;
        result.error = PipelineText::tr("Graphviz is not installed, so the graph (%1) cannot be drawn: install it (Debian and "
                          "Ubuntu: apt install graphviz; macOS: brew install graphviz).")
                           .arg(QDir::toNativeSeparators(result.dotFile));
        finish(result);
        return;
    }
    m_result.svgFile = QDir(m_folder).filePath(QStringLiteral("graph.svg"));
    QFile::remove(m_result.svgFile);
    ProcessRunner *runner = m_runs.spawn();
    runner->setGracePeriod(1000);
    runner->setProgram(dot, {QStringLiteral("-Tsvg"), QStringLiteral("-o"), m_result.svgFile, m_result.dotFile});
    runner->setWorkingDirectory(m_folder);
    runner->setEnvironment(QProcessEnvironment::systemEnvironment());
    auto errors = std::make_shared<QStringList>();
    connect(runner, &ProcessRunner::linesReady, this,
            [errors](ProcessRunner::Channel, const QStringList &lines) { *errors += lines; });
    connect(runner, &ProcessRunner::finished, this, [this, errors](const ProcessRunner::Result &r) {
        m_runs.release();
        GraphResult result = m_result;
        if (r.succeeded() && QFileInfo(result.svgFile).size() > 0) {
            result.ok = true;
        } else {
            result.svgFile.clear();
            result.error = PipelineText::tr("Graphviz could not draw the graph: %1")
                               .arg(errors->isEmpty() ? r.errorString : errors->join(u'\n'));
        }
        finish(result);
    });
    runner->start();
}

void PipelineGraph::finish(GraphResult result)
{
    m_result = GraphResult();
    Q_EMIT finished(result);
}

} // namespace bl
