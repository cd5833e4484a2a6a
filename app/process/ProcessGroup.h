// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QProcess;
QT_END_NAMESPACE

namespace bl {

/// Keeps a child and everything it starts together so that they can be stopped as one.
///
/// Unix: the child calls setsid() before exec, so it leads a new process group
/// (and session); signals go to the whole group. Windows: the child is created
/// suspended, put into a job object that kills its members when it is closed, and
/// only then let run; it leads a console process group of its own for the polite stop.
/// The platform parts live in ProcessGroup_unix.cpp and ProcessGroup_win.cpp.
class ProcessGroup final
{
public:
    /// Prepares `process` (not started yet) to lead a group of its own; `lowPriority`: it and
    /// what it starts run at a lower CPU priority (nice 10; BELOW_NORMAL_PRIORITY_CLASS on Windows),
    /// so that work done ahead of time leaves the computer to the user.
    explicit ProcessGroup(QProcess &process, bool lowPriority = false);
    ~ProcessGroup();
    Q_DISABLE_COPY_MOVE(ProcessGroup)

    /// Call once the process has started, before returning to the event loop
    /// (on Windows the child does not run until this call resumes it).
    void attach(qint64 pid);
    /// Call once the group is gone: it is no longer signalled, nor killed by GroupGuardian.
    void release();
    /// Asks the whole group to end (SIGTERM on Unix).
    void terminate();
    /// Ends the whole group at once (SIGKILL on Unix, TerminateJobObject on Windows).
    void kill();
    /// True while any member of the group is still alive (on Linux a zombie, dead but not yet
    /// reaped by whoever adopted it, does not count: it runs no code and holds nothing).
    bool hasMembers() const;
    /// The members still alive, for a message: "pid (name)" each, as far as the system tells.
    QStringList describeMembers() const;

private:
    qint64 m_leader = 0;
    // Windows only (ProcessGroup_win.cpp): the job object; the PROCESS_INFORMATION that
    // QProcess filled in for the suspended child; whether the child shares our console.
    void *m_job = nullptr;
    void *m_created = nullptr;
    bool m_sharesConsole = false;
};

} // namespace bl
