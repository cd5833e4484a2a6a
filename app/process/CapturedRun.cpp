// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/CapturedRun.h"

#include "process/ProcessLogging.h"

namespace bl {

CapturedRun::CapturedRun(QObject *parent)
    : QObject(parent)
{
    m_runner.setGracePeriod(1000);
    connect(&m_runner, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel channel, const QStringList &lines) {
                (channel == ProcessRunner::Channel::StdOut ? m_out : m_err) += lines;
            });
    connect(&m_runner, &ProcessRunner::finished, this, [this](const ProcessRunner::Result &result) {
        if (!result.succeeded())
            qCDebug(lcProcess) << "captured run ended" << result.kind << result.exitCode << result.errorString;
        Output output{result, m_out.join(u'\n'), m_err.join(u'\n')};
        m_out.clear();
        m_err.clear();
        if (auto done = std::exchange(m_done, nullptr))
            done(output);
    });
}

void CapturedRun::start(const QString &program, const QStringList &arguments, const QString &workingDirectory,
                        const QProcessEnvironment &environment, Callback done)
{
    m_out.clear();
    m_err.clear();
    m_done = std::move(done);
    qCDebug(lcProcess) << "run" << program << arguments << "in" << workingDirectory;
    m_runner.setProgram(program, arguments);
    m_runner.setWorkingDirectory(workingDirectory);
    m_runner.setEnvironment(environment);
    m_runner.start();
}

void CapturedRun::cancel()
{
    m_runner.stop();
}

} // namespace bl
