// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Windows half of ProcessGroup. Written to compile with MSVC and MinGW; type-checked as Windows
// code on every CI run (ctest platform/windows-syntax), never run there (docs/PLATFORMS.md).
//
// How a child is started (Microsoft's "Process Creation Flags",
// https://learn.microsoft.com/windows/win32/procthread/process-creation-flags):
//
// - CREATE_SUSPENDED, then AssignProcessToJobObject, then ResumeThread. A job captures only the
//   processes created after its member joined it, so a child that ran before the assignment could
//   already have started a grandchild outside the job, which would then outlive a stop.
//   https://learn.microsoft.com/windows/win32/procthread/job-objects
//   https://learn.microsoft.com/windows/win32/api/jobapi2/nf-jobapi2-assignprocesstojobobject
//   The job has JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE: closing its last handle (our destructor, or
//   our own death) ends every process in it. Since Windows 8 jobs nest, so this works when we
//   run inside a job ourselves (a CI runner, a terminal).
//
// - CREATE_NEW_PROCESS_GROUP: the child is the root of a console process group whose id is its
//   process id, and the group includes its descendants. That is what GenerateConsoleCtrlEvent
//   addresses. CTRL+C is disabled in such a group, so the polite stop is CTRL_BREAK_EVENT, which
//   always calls the handlers (Go's runtime turns it into os.Interrupt, like SIGINT on Unix).
//   https://learn.microsoft.com/windows/console/generateconsolectrlevent
//   https://learn.microsoft.com/windows/console/console-process-groups
//
// Why a console matters: GenerateConsoleCtrlEvent reaches only "processes in the group that share
// the same console as the calling process". So:
//
// - We have a console (the command line; also the window when started from a terminal, or from
//   Explorer, since the one executable is a console program): the child inherits it (no
//   CREATE_NO_WINDOW), and terminate() signals the child's group directly.
//
// - We have none (a console-less GUI parent, or one started detached): the call from here would
//   reach nobody and every stop would become a kill after the grace period. So the child gets a
//   console of its own without a window (CREATE_NO_WINDOW; what QProcess picks for a parent
//   without a console window anyway), still as the root of a new process group. CREATE_NEW_CONSOLE
//   with a hidden window is not used because CREATE_NEW_PROCESS_GROUP "is ignored if specified
//   with CREATE_NEW_CONSOLE", which would leave only group 0 (everyone on the console, ourselves
//   included once attached). To stop, we attach to the child's console for the duration of the
//   call: AttachConsole(pid), GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, pid), FreeConsole().
//   https://learn.microsoft.com/windows/console/attachconsole
//   https://learn.microsoft.com/windows/console/freeconsole
//   Only the child's group receives the event; we are not in it. While attached we still
//   register a handler that swallows CTRL_C/CTRL_BREAK, in case a Windows version delivers the
//   event wider than documented: the default handler would call ExitProcess on us. AttachConsole
//   and FreeConsole reset our handler list to its initial state, so the handler is registered
//   after attaching (https://learn.microsoft.com/windows/console/console-control-handlers).
//   If a console was attached to us after the child started (this program never does that), we
//   do not give it up: the stop then ends in the kill after the grace period.
//
// Untested on Windows: see docs/PLATFORMS.md.
#include "process/ProcessGroup.h"

#include <QProcess>

#include <mutex>

#include <qt_windows.h>

namespace bl {

namespace {

// Attaching is per process: two stops at the same moment (or a child started while we are
// attached to another child's console) must not interleave.
std::mutex &consoleMutex()
{
    static std::mutex mutex;
    return mutex;
}

bool hasConsole()
{
    // Fails (returns 0) when the calling process is attached to no console.
    DWORD ids[1] = {};
    return ::GetConsoleProcessList(ids, 1) != 0;
}

BOOL WINAPI swallowControlEvent(DWORD type)
{
    return type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT ? TRUE : FALSE;
}

} // namespace

ProcessGroup::ProcessGroup(QProcess &process, bool lowPriority)
{
    m_job = ::CreateJobObjectW(nullptr, nullptr);
    if (m_job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        ::SetInformationJobObject(static_cast<HANDLE>(m_job), JobObjectExtendedLimitInformation,
                                  &limits, sizeof limits);
    }
    process.setCreateProcessArgumentsModifier([this, lowPriority](QProcess::CreateProcessArguments *args) {
        const std::lock_guard<std::mutex> lock(consoleMutex());
        m_sharesConsole = hasConsole();
        args->flags |= CREATE_SUSPENDED | CREATE_NEW_PROCESS_GROUP;
        if (lowPriority) // inherited by what it starts
            args->flags |= BELOW_NORMAL_PRIORITY_CLASS;
        args->flags &= ~DWORD(CREATE_NEW_CONSOLE | DETACHED_PROCESS);
        if (m_sharesConsole)
            args->flags &= ~DWORD(CREATE_NO_WINDOW);
        else
            args->flags |= CREATE_NO_WINDOW;
        // QProcess owns this structure until the process is cleaned up; attach() reads the
        // thread handle from it right after CreateProcess, within QProcess::start().
        m_created = args->processInformation;
    });
}

ProcessGroup::~ProcessGroup()
{
    if (m_job)
        ::CloseHandle(static_cast<HANDLE>(m_job)); // kills what is left in the job
}

void ProcessGroup::attach(qint64 pid)
{
    m_leader = pid;
    const auto *created = static_cast<const PROCESS_INFORMATION *>(m_created);
    m_created = nullptr;
    if (!created || created->dwProcessId != DWORD(pid))
        return; // not started through our modifier: nothing is suspended
    if (m_job && !::AssignProcessToJobObject(static_cast<HANDLE>(m_job), created->hProcess)) {
        // Without the job, kill() cannot reach the tree; end the child now rather than let it run
        // unguarded. ProcessRunner reports the exit as a failure.
        ::TerminateProcess(created->hProcess, 1);
    }
    // Resume even after TerminateProcess: a suspended thread holds nothing, but resuming keeps the
    // rule simple (every CREATE_SUSPENDED is matched by exactly one ResumeThread).
    ::ResumeThread(created->hThread);
}

void ProcessGroup::release()
{
    m_leader = 0;
}

void ProcessGroup::terminate()
{
    if (m_leader <= 0)
        return;
    const DWORD group = DWORD(m_leader);
    if (m_sharesConsole) {
        ::GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, group);
        return;
    }
    const std::lock_guard<std::mutex> lock(consoleMutex());
    if (hasConsole())
        return; // see the top of this file: the kill after the grace period ends it
    if (!::AttachConsole(group))
        return; // the child has gone (ERROR_INVALID_PARAMETER) or has no console
    ::SetConsoleCtrlHandler(swallowControlEvent, TRUE);
    ::GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, group);
    ::FreeConsole(); // also drops the handler registered above
}

void ProcessGroup::kill()
{
    if (m_job)
        ::TerminateJobObject(static_cast<HANDLE>(m_job), 1);
}

bool ProcessGroup::hasMembers() const
{
    if (!m_job)
        return false;
    JOBOBJECT_BASIC_ACCOUNTING_INFORMATION info = {};
    if (!::QueryInformationJobObject(static_cast<HANDLE>(m_job), JobObjectBasicAccountingInformation,
                                     &info, sizeof info, nullptr))
        return false;
    return info.ActiveProcesses > 0;
}

QStringList ProcessGroup::describeMembers() const
{
    QStringList described;
    if (!m_job)
        return described;
    // Room for 64 ids: enough to name what would not die; the count says if there were more.
    struct
    {
        JOBOBJECT_BASIC_PROCESS_ID_LIST list;
        ULONG_PTR more[63];
    } ids = {};
    if (!::QueryInformationJobObject(static_cast<HANDLE>(m_job), JobObjectBasicProcessIdList, &ids, sizeof ids,
                                     nullptr))
        return described;
    for (DWORD i = 0; i < ids.list.NumberOfProcessIdsInList; ++i)
        described << QString::number(qulonglong(ids.list.ProcessIdList[i]));
    return described;
}

} // namespace bl
