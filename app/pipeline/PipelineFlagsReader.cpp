// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// PipelineFlagsReader: runs a launcher's --help (with a timeout) and parses what it prints
// (PipelineFlags::parseHelp, in PipelineFlags.cpp).
#include "pipeline/PipelineFlags.h"

#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QTimer>

namespace bl {

PipelineFlagsReader::PipelineFlagsReader(QObject *parent)
    : QObject(parent)
{
}

PipelineFlagsReader::~PipelineFlagsReader() = default; // a running ProcessRunner ends its child when deleted

bool PipelineFlagsReader::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void PipelineFlagsReader::cancel()
{
    ++m_generation;
    if (m_runner) {
        m_runner->stop();
        m_runner->deleteLater();
        m_runner = nullptr;
    }
}

void PipelineFlagsReader::read(const QString &launcherBinary)
{
    cancel();
    const quint64 generation = m_generation;
    m_binary = launcherBinary;
    m_output.clear();
    m_timedOut = false;
    if (!QFileInfo(launcherBinary).isExecutable()) {
        FlagsReadResult result;
        result.error = tr("%1 is not an executable launcher: build the pipeline first.")
                           .arg(QDir::toNativeSeparators(launcherBinary));
        QMetaObject::invokeMethod(this, [this, generation, result] {
            if (generation == m_generation)
                Q_EMIT finished(result);
        }, Qt::QueuedConnection);
        return;
    }
    m_runner = new ProcessRunner(this);
    m_runner->setGracePeriod(1000);
    m_runner->setProgram(launcherBinary, {QStringLiteral("--help")});
    m_runner->setWorkingDirectory(QFileInfo(launcherBinary).absolutePath());
    m_runner->setEnvironment(QProcessEnvironment::systemEnvironment());
    auto *timer = new QTimer(m_runner);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, generation] {
        if (generation != m_generation || !m_runner)
            return;
        m_timedOut = true;
        m_runner->stop();
    });
    connect(m_runner, &ProcessRunner::linesReady, this,
            [this, generation](ProcessRunner::Channel, const QStringList &lines) {
                if (generation == m_generation)
                    m_output += lines;
            });
    connect(m_runner, &ProcessRunner::finished, this, [this, generation](const ProcessRunner::Result &r) {
        if (generation != m_generation)
            return;
        m_runner->deleteLater();
        m_runner = nullptr;
        FlagsReadResult result;
        result.exitCode = r.exitCode;
        result.elapsedMs = r.elapsedMs;
        const QString name = QFileInfo(m_binary).fileName();
        if (m_timedOut) {
            result.timedOut = true;
            result.error = tr("%1 did not print its flags within %2 s: it seems to do work before it parses its "
                              "flags (flag.Parse). It was stopped; type the pipeline flags by hand.")
                               .arg(name)
                               .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        } else if (r.kind == ProcessRunner::ExitKind::FailedToStart) {
            result.error = tr("%1 could not be started: %2").arg(name, r.errorString);
        } else {
            QString parseError;
            const auto flags = PipelineFlags::parseHelp(m_output.join(u'\n'), &parseError);
            // Go's flag package exits 0 after --help (2 before Go 1.15ish); both print the flags.
            if (flags && r.kind == ProcessRunner::ExitKind::Exited && (r.exitCode == 0 || r.exitCode == 2)) {
                result.ok = true;
                result.flags = *flags;
            } else {
                const QString tail = m_output.mid(qMax(0, int(m_output.size()) - 5)).join(u'\n').trimmed();
                result.error = tr("%1 --help printed no Go flags (exit code %2)%3")
                                   .arg(name)
                                   .arg(r.exitCode)
                                   .arg(tail.isEmpty() ? QStringLiteral(".") : QStringLiteral(":\n") + tail);
            }
        }
        m_output.clear();
        Q_EMIT finished(result);
    });
    m_runner->start();
    timer->start(m_timeoutMs);
}

} // namespace bl
