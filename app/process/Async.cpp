// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/Async.h"

namespace bl::detail {

ThreadPriorityScope::ThreadPriorityScope(QThread::Priority priority)
{
    if (priority == QThread::InheritPriority)
        return;
    QThread::currentThread()->setPriority(priority);
    m_changed = true;
}

ThreadPriorityScope::~ThreadPriorityScope()
{
    // The pool's threads start at the priority of the thread that made them: normal, here.
    if (m_changed)
        QThread::currentThread()->setPriority(QThread::NormalPriority);
}

} // namespace bl::detail
