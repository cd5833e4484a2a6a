// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Windows half of ProcessGroup. Written to compile with MSVC and MinGW; not run in our CI.
#include "process/ProcessGroup.h"

#include <QProcess>

#include <qt_windows.h>

namespace bl {

ProcessGroup::ProcessGroup(QProcess &process)
{
    // A console group of its own lets terminate() send CTRL_BREAK to the child alone.
    process.setCreateProcessArgumentsModifier([](QProcess::CreateProcessArguments *args) {
        args->flags |= CREATE_NEW_PROCESS_GROUP;
    });
    m_job = ::CreateJobObjectW(nullptr, nullptr);
    if (m_job) {
        JOBOBJECT_EXTENDED_LIMIT_INFORMATION limits = {};
        limits.BasicLimitInformation.LimitFlags = JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE;
        ::SetInformationJobObject(static_cast<HANDLE>(m_job), JobObjectExtendedLimitInformation,
                                  &limits, sizeof limits);
    }
}

ProcessGroup::~ProcessGroup()
{
    if (m_job)
        ::CloseHandle(static_cast<HANDLE>(m_job)); // kills what is left in the job
}

void ProcessGroup::attach(qint64 pid)
{
    m_leader = pid;
    if (!m_job)
        return;
    // Children started before this call escape the job; the window is a few
    // microseconds after CreateProcess, before the child has run any code of its own.
    HANDLE process = ::OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(pid));
    if (process) {
        ::AssignProcessToJobObject(static_cast<HANDLE>(m_job), process);
        ::CloseHandle(process);
    }
}

void ProcessGroup::release()
{
    m_leader = 0;
}

void ProcessGroup::terminate()
{
    if (m_leader > 0)
        ::GenerateConsoleCtrlEvent(CTRL_BREAK_EVENT, DWORD(m_leader));
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
