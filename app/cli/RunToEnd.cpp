// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "RunToEnd.h"

#include "launch/Constants.h"

namespace bl::cli {

RunToEnd::RunToEnd(std::function<void(int)> onSignal)
    : m_onSignal(std::move(onSignal))
{
    QObject::connect(&m_signals, &SignalWatcher::interrupted, &m_loop, [this](int signalNumber) {
        m_interrupted = true;
        if (m_onSignal)
            m_onSignal(signalNumber);
        else
            finish(ExitCode::Cancelled);
    });
}

void RunToEnd::finish(int code)
{
    m_code = code;
    m_finished = true;
    m_loop.quit();
}

int RunToEnd::exec()
{
    while (!m_finished)
        m_loop.exec();
    return m_code;
}

} // namespace bl::cli
