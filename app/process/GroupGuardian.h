// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

/// Kills the process groups of this program's children when the program dies, however it dies.
///
/// Unix: start() forks a small guardian process that holds the read end of a pipe whose write end
/// only this program has. ProcessGroup tells it which groups exist (watch/unwatch). When the pipe
/// reaches its end (this program exited, crashed or was SIGKILLed), the guardian sends SIGKILL to
/// every group still watched and exits. Together with the parent-death signal each child gets
/// (ProcessGroup_unix.cpp), nothing a launch started outlives beam-launcher.
/// Windows: the job object's JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE does this; start() does nothing.
/// Programs that never call start() (the tests) watch nothing: watch() and unwatch() do nothing.
namespace bl::GroupGuardian {

/// Call first thing in main(), before any thread starts (it forks). Returns false if the guardian
/// could not be started (the program goes on without it).
bool start();
/// Kill process group `group` if this program dies before unwatch(group).
void watch(qint64 group);
void unwatch(qint64 group);
/// Unix, in a child between fork and exec (async-signal-safe): watch the child's own group (it
/// called setsid(), so the group's id is its pid). The parent learns the pid only when its event
/// loop handles QProcess::started, which on a loaded machine may come after the child has already
/// started children of its own; a death of this program in between must not orphan them.
void watchSelfInChild() noexcept;

} // namespace bl::GroupGuardian
