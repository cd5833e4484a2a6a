// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Windows: the job object of each ProcessGroup kills its members when beam-launcher's handle to it
// closes, which the system does however the program ends (JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE).
#include "process/GroupGuardian.h"

namespace bl::GroupGuardian {

bool start()
{
    return true;
}

void watch(qint64 group)
{
    Q_UNUSED(group);
}

void unwatch(qint64 group)
{
    Q_UNUSED(group);
}

void watchSelfInChild() noexcept
{
}

} // namespace bl::GroupGuardian
