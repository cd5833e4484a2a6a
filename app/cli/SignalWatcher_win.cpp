// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Windows half of SignalWatcher. Written to compile with MSVC and MinGW; type-checked as Windows
// code on every CI run (ctest platform/windows-syntax), never run there (docs/PLATFORMS.md).
//
// Console control events arrive on a thread the system creates in this process for the handler
// (https://learn.microsoft.com/windows/console/handlerroutine). Ctrl+C and Ctrl+Break are handed
// to the main thread and reported handled, so the command line stops its children itself:
// they lead console process groups of their own (ProcessGroup_win.cpp), in which Ctrl+C is
// disabled, and get CTRL_BREAK_EVENT from ProcessGroup::terminate().
// For a closed console (and logoff/shutdown) the process ends as soon as the handler returns
// (https://learn.microsoft.com/windows/console/ctrl-close-signal), so the handler waits, at most
// a little under the system's 5 seconds, until the main thread has finished and destroyed the
// watcher. Whatever is still running then dies with the job objects' last handles.
#include "SignalWatcher.h"

#include <QMetaObject>

#include <mutex>

#include <qt_windows.h>

namespace bl::cli {

namespace {
// The handler thread posts to the watcher under this lock, so the watcher cannot go away between
// the check and the post.
std::mutex g_lock;
SignalWatcher *g_watcher = nullptr;
HANDLE g_finished = nullptr; // manual-reset event, set when the watcher goes away

BOOL WINAPI onConsoleEvent(DWORD type)
{
    const bool interrupt = type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT;
    const int number = type == CTRL_C_EVENT ? 2 : 15; // as SIGINT / SIGTERM on Unix
    {
        const std::lock_guard<std::mutex> lock(g_lock);
        if (g_watcher)
            QMetaObject::invokeMethod(g_watcher, "interrupted", Qt::QueuedConnection, Q_ARG(int, number));
    }
    if (!interrupt && g_finished)
        ::WaitForSingleObject(g_finished, 4500);
    return TRUE;
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (!g_finished)
        g_finished = ::CreateEventW(nullptr, TRUE, FALSE, nullptr);
    else
        ::ResetEvent(g_finished);
    {
        const std::lock_guard<std::mutex> lock(g_lock);
        g_watcher = this;
    }
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    {
        const std::lock_guard<std::mutex> lock(g_lock);
        g_watcher = nullptr;
    }
    if (g_finished)
        ::SetEvent(g_finished); // a handler waiting for a closed console returns; the process ends
}

} // namespace bl::cli
