// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/ProcessGroup.h"

#include <QProcess>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace bl {

ProcessGroup::ProcessGroup(QProcess &process)
{
    // Runs in the child between fork and exec: only async-signal-safe calls here.
    process.setChildProcessModifier([] { ::setsid(); });
}

ProcessGroup::~ProcessGroup() = default;

void ProcessGroup::attach(qint64 pid)
{
    m_leader = pid;
}

void ProcessGroup::terminate()
{
    if (m_leader > 0)
        ::kill(-static_cast<pid_t>(m_leader), SIGTERM);
}

void ProcessGroup::kill()
{
    if (m_leader > 0)
        ::kill(-static_cast<pid_t>(m_leader), SIGKILL);
}

bool ProcessGroup::hasMembers() const
{
    if (m_leader <= 0)
        return false;
    return ::kill(-static_cast<pid_t>(m_leader), 0) == 0 || errno == EPERM;
}

} // namespace bl
