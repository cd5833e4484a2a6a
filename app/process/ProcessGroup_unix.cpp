// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/ProcessGroup.h"

#include "process/GroupGuardian.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>
#include <sys/types.h>
#include <unistd.h>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace bl {

namespace {
constexpr int LowPriorityNice = 10; ///< what nice(1) uses by default
} // namespace

ProcessGroup::ProcessGroup(QProcess &process, bool lowPriority)
{
#ifdef Q_OS_LINUX
    // The child dies with us even when we are killed outright (SIGKILL, a crash), when nothing
    // of ours runs to stop it. The kernel sends the signal when the *thread* that forked the
    // child ends: ProcessRunner starts children only from the thread that owns it, which
    // outlives them (its destructor stops them). The child's own children are in its group,
    // which GroupGuardian kills when we are gone.
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([parent, lowPriority] {
        // Runs in the child between fork and exec: only async-signal-safe calls here.
        ::setsid();
        GroupGuardian::watchSelfInChild();
        if (lowPriority)
            ::setpriority(PRIO_PROCESS, 0, LowPriorityNice);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) // we died before prctl: the signal would never come
            ::_exit(127);
    });
#else
    // Runs in the child between fork and exec: only async-signal-safe calls here.
    process.setChildProcessModifier([lowPriority] {
        ::setsid();
        GroupGuardian::watchSelfInChild();
        if (lowPriority)
            ::setpriority(PRIO_PROCESS, 0, LowPriorityNice);
    });
#endif
}

ProcessGroup::~ProcessGroup()
{
    release();
}

void ProcessGroup::attach(qint64 pid)
{
    m_leader = pid;
    GroupGuardian::watch(pid);
}

void ProcessGroup::release()
{
    if (m_leader > 0)
        GroupGuardian::unwatch(m_leader);
    m_leader = 0;
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

namespace {

struct Member
{
    qint64 pid = 0;
    QString name;
};

/// Linux: the processes of group `group` that are not zombies, from /proc/PID/stat. Sets
/// `*known` to false where /proc cannot tell (not Linux, or /proc not mounted).
QList<Member> livingMembers(qint64 group, bool *known)
{
    QList<Member> members;
    *known = false;
#ifdef Q_OS_LINUX
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        *known = true;
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue; // gone meanwhile
        // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
        const QByteArray text = stat.readAll();
        const qsizetype open = text.indexOf('(');
        const qsizetype close = text.lastIndexOf(')');
        if (open < 0 || close < open)
            continue;
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() < 3 || fields.at(2).toLongLong() != group || fields.at(0) == "Z")
            continue;
        members.append({pid, QString::fromLocal8Bit(text.mid(open + 1, close - open - 1))});
    }
#else
    Q_UNUSED(group);
#endif
    return members;
}

} // namespace

bool ProcessGroup::hasMembers() const
{
    if (m_leader <= 0)
        return false;
    bool known = false;
    const QList<Member> members = livingMembers(m_leader, &known);
    if (known)
        return !members.isEmpty();
    return ::kill(-static_cast<pid_t>(m_leader), 0) == 0 || errno == EPERM;
}

QStringList ProcessGroup::describeMembers() const
{
    QStringList described;
    if (m_leader <= 0)
        return described;
    bool known = false;
    const QList<Member> members = livingMembers(m_leader, &known);
    for (const Member &m : members)
        described << QStringLiteral("%1 (%2)").arg(m.pid).arg(m.name);
    if (!known && hasMembers())
        described << QStringLiteral("process group %1").arg(m_leader);
    return described;
}

} // namespace bl
