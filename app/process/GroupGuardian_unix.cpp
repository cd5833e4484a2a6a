// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/GroupGuardian.h"

#include <cerrno>
#include <csignal>
#include <cstdint>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

namespace bl::GroupGuardian {

namespace {

int g_writeEnd = -1;
constexpr int MaxGroups = 1024;

// The guardian's whole life. Only async-signal-safe calls: it was forked from a program that may
// have had threads. Records are int64: a positive group id to watch, a negative one to forget.
[[noreturn]] void guard(int readEnd)
{
    for (int fd = 0; fd < 1024; ++fd) { // hold none of the program's files, terminals or pipes open
        if (fd != readEnd)
            ::close(fd);
    }
    // A Ctrl+C in the terminal reaches the whole foreground group, the guardian too: it must
    // outlive the program it guards, and leaves by itself when the pipe ends.
    for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP, SIGTTIN, SIGTTOU})
        ::signal(sig, SIG_IGN);
    pid_t groups[MaxGroups] = {};
    int count = 0;
    for (;;) {
        std::int64_t record = 0;
        const ssize_t n = ::read(readEnd, &record, sizeof record);
        if (n < 0 && errno == EINTR)
            continue;
        if (n != ssize_t(sizeof record))
            break; // the end of the pipe: the program is gone
        if (record > 0) {
            // A child announces its group itself (watchSelfInChild) and the program again once it
            // knows the pid: one entry. A group whose members are all gone (its program failed to
            // start and was never unwatched) is dropped: its id may be a stranger's later.
            bool known = false;
            for (int i = 0; i < count;) {
                if (groups[i] == pid_t(record)) {
                    known = true;
                    ++i;
                } else if (::kill(-groups[i], 0) != 0 && errno == ESRCH) {
                    groups[i] = groups[--count];
                } else {
                    ++i;
                }
            }
            if (!known && count < MaxGroups)
                groups[count++] = pid_t(record);
        } else if (record < 0) {
            for (int i = 0; i < count; ++i) {
                if (groups[i] == pid_t(-record)) {
                    groups[i] = groups[--count];
                    break;
                }
            }
        }
    }
    for (int i = 0; i < count; ++i)
        ::kill(-groups[i], SIGKILL);
    ::_exit(0);
}

void send(std::int64_t record)
{
    if (g_writeEnd < 0)
        return;
    // 8 bytes: one atomic pipe write. EINTR retried; anything else means the guardian is gone.
    while (::write(g_writeEnd, &record, sizeof record) < 0 && errno == EINTR) {
    }
}

} // namespace

bool start()
{
    if (g_writeEnd >= 0)
        return true;
    int fds[2];
    if (::pipe(fds) != 0)
        return false;
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (pid == 0)
        guard(fds[0]);
    ::close(fds[0]);
    // No child of ours inherits the write end, or the guardian would wait for it too.
    ::fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    // A guardian that died makes write() fail with EPIPE; that must not kill us.
    ::signal(SIGPIPE, SIG_IGN);
    g_writeEnd = fds[1];
    return true;
}

void watch(qint64 group)
{
    if (group > 0)
        send(group);
}

void unwatch(qint64 group)
{
    if (group > 0)
        send(-group);
}

void watchSelfInChild() noexcept
{
    send(std::int64_t(::getpid()));
}

} // namespace bl::GroupGuardian
