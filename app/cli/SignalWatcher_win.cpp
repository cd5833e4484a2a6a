// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Windows half of SignalWatcher. Written to compile with MSVC and MinGW; not run in our CI.
#include "SignalWatcher.h"

#include <QMetaObject>
#include <QPointer>

#include <qt_windows.h>

namespace bl::cli {

namespace {
QPointer<SignalWatcher> g_watcher;

BOOL WINAPI onConsoleEvent(DWORD type)
{
    // Runs on a thread of its own: hand the event to the main thread and report it handled.
    const int number = type == CTRL_C_EVENT ? 2 : 15;
    if (SignalWatcher *watcher = g_watcher.data())
        QMetaObject::invokeMethod(watcher, "interrupted", Qt::QueuedConnection, Q_ARG(int, number));
    return TRUE;
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    g_watcher = this;
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

SignalWatcher::~SignalWatcher()
{
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
    g_watcher = nullptr;
}

} // namespace bl::cli
