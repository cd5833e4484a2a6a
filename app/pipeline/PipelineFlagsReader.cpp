// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// PipelineFlagsReader: runs a launcher's --help (with a timeout) and parses what it prints
// (PipelineFlags::parseHelp, in PipelineFlags.cpp).
#include "pipeline/PipelineFlags.h"

#include "go/GoToolchain.h"
#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcessEnvironment>
#include <QThread>
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
    return m_runner && m_runner->isRunning();
}

void PipelineFlagsReader::cancel()
{
    ++m_generation;
    for (ProcessRunner **runner : {&m_runner, &m_lister}) {
        if (*runner) {
            (*runner)->stop();
            (*runner)->deleteLater();
            *runner = nullptr;
        }
    }
    m_helpResult.reset();
}

void PipelineFlagsReader::setPackage(const QString &packageDir, const QString &goPath, const QStringList &buildTags)
{
    m_packageDir = packageDir;
    m_goPath = goPath;
    m_buildTags = buildTags;
}

void PipelineFlagsReader::startSourceList(quint64 generation)
{
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
        m_sourceError = go.isEmpty() ? error : tr("%1 is not a folder.").arg(QDir::toNativeSeparators(m_packageDir));
        return;
    }
    // Which packages are the pipeline's own (its main module's) and which files they build from.
    QStringList args = {QStringLiteral("list"), QStringLiteral("-deps"),
                        QStringLiteral("-json=ImportPath,Dir,GoFiles,Module,Standard")};
    if (!m_buildTags.isEmpty())
        args << QStringLiteral("-tags=") + m_buildTags.join(u',');
    args << QStringLiteral(".");
    m_lister = new ProcessRunner(this);
    m_lister->setGracePeriod(1000);
    m_lister->setProgram(go, args);
    m_lister->setWorkingDirectory(m_packageDir);
    m_lister->setEnvironment(QProcessEnvironment::systemEnvironment());
    connect(m_lister, &ProcessRunner::linesReady, this,
            [this, generation](ProcessRunner::Channel channel, const QStringList &lines) {
                if (generation == m_generation && channel == ProcessRunner::Channel::StdOut)
                    m_listOutput += lines;
            });
    connect(m_lister, &ProcessRunner::finished, this, [this, generation](const ProcessRunner::Result &r) {
        if (generation != m_generation)
            return;
        m_lister->deleteLater();
        m_lister = nullptr;
        const QStringList files =
            r.succeeded() ? PipelineFlags::ownSourceFiles(m_listOutput.join(u'\n').toUtf8()) : QStringList();
        m_listOutput.clear();
        if (files.isEmpty()) {
            m_sourceError = tr("go list could not list the pipeline's packages in %1.")
                                .arg(QDir::toNativeSeparators(m_packageDir));
            m_sourcesDone = true;
            finishWhenBothDone(generation);
            return;
        }
        // Reading the sources is file work: off this thread.
        auto names = std::make_shared<QStringList>();
        QThread *thread = QThread::create([files, names] {
            QStringList sources;
            for (const QString &path : files) {
                QFile file(path);
                if (file.size() < 4 * 1024 * 1024 && file.open(QIODevice::ReadOnly))
                    sources << QString::fromUtf8(file.readAll());
            }
            *names = PipelineFlags::flagsDefinedIn(sources);
        });
        connect(thread, &QThread::finished, this, [this, generation, names] {
            if (generation != m_generation)
                return;
            m_ownFlags = *names;
            m_sourcesDone = true;
            finishWhenBothDone(generation);
        });
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->start(QThread::LowPriority);
    });
    auto *timer = new QTimer(m_lister); // a go that hangs (a network file system): the names decide
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_lister, &ProcessRunner::stop);
    m_lister->start();
    timer->start(m_timeoutMs);
}

void PipelineFlagsReader::finishWhenBothDone(quint64 generation)
{
    if (generation != m_generation || !m_helpResult || !m_sourcesDone)
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
    startSourceList(generation);
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
        if (!result.ok) { // no flags to place: the sources are not waited for
            if (m_lister) {
                m_lister->stop();
                m_lister->deleteLater();
                m_lister = nullptr;
            }
            ++m_generation;
            Q_EMIT finished(result);
            return;
        }
        m_helpResult = result;
        finishWhenBothDone(generation);
    });
    m_runner->start();
    timer->start(m_timeoutMs);
}

} // namespace bl
