// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// PipelineFlagsReader: runs a launcher's --help (with a timeout) and parses what it prints
// (PipelineFlags::parseHelp, in PipelineFlags.cpp).
#include "pipeline/PipelineFlags.h"

#include "go/GoToolchain.h"
#include "pipeline/PipelineText.h"
#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTimer>

#include <memory>

namespace bl {

PipelineFlagsReader::PipelineFlagsReader(QObject *parent)
    : QObject(parent)
{
}

PipelineFlagsReader::~PipelineFlagsReader() = default; // a running ProcessRunner ends its child when deleted

bool PipelineFlagsReader::isRunning() const
{
    return m_help.child() && m_help.child()->isRunning();
}

void PipelineFlagsReader::cancel()
{
    m_help.cancel();
    m_sources.cancel();
    m_helpResult.reset();
}

void PipelineFlagsReader::setPackage(const QString &packageDir, const QString &goPath, const QStringList &buildTags)
{
    m_packageDir = packageDir;
    m_goPath = goPath;
    m_buildTags = buildTags;
}

void PipelineFlagsReader::startSourceList()
{
    m_sources.begin();
    m_listOutput.clear();
    m_ownFlags.reset();
    m_sourceError.clear();
    m_sourcesDone = m_packageDir.isEmpty();
    if (m_sourcesDone)
        return;
    QString error;
    const QString go = GoToolchain::locate(m_goPath, &error);
    if (go.isEmpty() || !QFileInfo(m_packageDir).isDir()) {
        m_sourcesDone = true;
        m_sourceError = go.isEmpty() ? error : PipelineText::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(m_packageDir));
        return;
    }
    // Which packages are the pipeline's own (its main module's) and which files they build from.
    QStringList args = {QStringLiteral("list"), QStringLiteral("-deps"),
                        QStringLiteral("-json=ImportPath,Dir,GoFiles,Module,Standard")};
    if (!m_buildTags.isEmpty())
        args << QStringLiteral("-tags=") + m_buildTags.join(u',');
    args << QStringLiteral(".");
    ProcessRunner *lister = m_sources.spawn();
    lister->setGracePeriod(1000);
    lister->setProgram(go, args);
    lister->setWorkingDirectory(m_packageDir);
    lister->setEnvironment(QProcessEnvironment::systemEnvironment());
    connect(lister, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel channel, const QStringList &lines) {
                if (channel == ProcessRunner::Channel::StdOut)
                    m_listOutput += lines;
            });
    connect(lister, &ProcessRunner::finished, this, [this](const ProcessRunner::Result &r) {
        m_sources.release();
        const QStringList files =
            r.succeeded() ? PipelineFlags::ownSourceFiles(m_listOutput.join(u'\n').toUtf8()) : QStringList();
        m_listOutput.clear();
        if (files.isEmpty()) {
            m_sourceError = PipelineText::tr("go list could not list the pipeline's packages in %1.")
                                .arg(QDir::toNativeSeparators(m_packageDir));
            m_sourcesDone = true;
            finishWhenBothDone();
            return;
        }
        // Reading the sources is file work: off this thread.
        runInBackground(this, [files] {
            QStringList sources;
            for (const QString &path : files) {
                QFile file(path);
                if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                    sources << QString::fromUtf8(file.readAll());
            }
            return PipelineFlags::flagsDefinedIn(sources);
        },
                        m_sources.guard([this](const QStringList &names) {
                            m_ownFlags = names;
                            m_sourcesDone = true;
                            finishWhenBothDone();
                        }),
                        QThread::LowPriority);
    });
    auto *timer = new QTimer(lister); // a go that hangs (a network file system): the names decide
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, lister, &ProcessRunner::stop);
    lister->start();
    timer->start(m_timeoutMs);
}

void PipelineFlagsReader::finishWhenBothDone()
{
    // Called from the current runs only (their signals and guarded answers).
    if (!m_helpResult || !m_sourcesDone)
        return;
    FlagsReadResult result = *std::exchange(m_helpResult, std::nullopt);
    if (result.ok) {
        PipelineFlags::assignGroups(&result.flags, m_ownFlags);
        result.groupsFromSources = m_ownFlags.has_value();
        result.sourceError = m_sourceError;
    }
    Q_EMIT finished(result);
}

void PipelineFlagsReader::read(const QString &launcherBinary)
{
    cancel();
    m_help.begin();
    m_binary = launcherBinary;
    m_output.clear();
    m_timedOut = false;
    if (!QFileInfo(launcherBinary).isExecutable()) {
        FlagsReadResult result;
        result.error = PipelineText::tr("%1 is not an executable launcher: build the pipeline first.")
                           .arg(QDir::toNativeSeparators(launcherBinary));
        m_help.post([this, result] { Q_EMIT finished(result); });
        return;
    }
    startSourceList();
    ProcessRunner *runner = m_help.spawn();
    runner->setGracePeriod(1000);
    runner->setProgram(launcherBinary, {QStringLiteral("--help")});
    runner->setWorkingDirectory(QFileInfo(launcherBinary).absolutePath());
    runner->setEnvironment(QProcessEnvironment::systemEnvironment());
    auto *timer = new QTimer(runner);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, m_help.guard([this, runner] {
        if (m_help.child() != runner)
            return; // it has just finished
        m_timedOut = true;
        runner->stop();
    }));
    connect(runner, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel, const QStringList &lines) { m_output += lines; });
    connect(runner, &ProcessRunner::finished, this, [this](const ProcessRunner::Result &r) {
        m_help.release();
        FlagsReadResult result;
        result.exitCode = r.exitCode;
        result.elapsedMs = r.elapsedMs;
        const QString name = QFileInfo(m_binary).fileName();
        if (m_timedOut) {
            result.timedOut = true;
            result.error = PipelineText::tr("%1 did not print its flags within %2 s: it seems to do work before it parses its "
                              "flags (flag.Parse). It was stopped; type the pipeline flags by hand.")
                               .arg(name)
                               .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        } else if (r.kind == ProcessRunner::ExitKind::FailedToStart) {
            result.error = PipelineText::tr("%1 could not be started: %2").arg(name, r.errorString);
        } else {
            QString parseError;
            const auto flags = PipelineFlags::parseHelp(m_output.join(u'\n'), &parseError);
            // Go's flag package exits 0 after --help (2 before Go 1.15ish); both print the flags.
            if (flags && r.kind == ProcessRunner::ExitKind::Exited && (r.exitCode == 0 || r.exitCode == 2)) {
                result.ok = true;
                result.flags = *flags;
            } else {
                const QString tail = m_output.mid(qMax(0, int(m_output.size()) - 5)).join(u'\n').trimmed();
                result.error = PipelineText::tr("%1 --help printed no Go flags (exit code %2)%3")
                                   .arg(name)
                                   .arg(r.exitCode)
                                   .arg(tail.isEmpty() ? QStringLiteral(".") : QStringLiteral(":\n") + tail);
            }
        }
        m_output.clear();
        if (!result.ok) { // no flags to place: the sources are not waited for
            m_sources.cancel();
            m_help.cancel();
            Q_EMIT finished(result);
            return;
        }
        m_helpResult = result;
        finishWhenBothDone();
    });
    runner->start();
    timer->start(m_timeoutMs);
}

} // namespace bl
