// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace bl {

/// The TCP sockets a process tree listens on, read from /proc on Linux (every /proc/PID/fd socket
/// inode matched against /proc/net/tcp and tcp6). Used after the managed Prism starts, as a last
/// check that the overlay did its work: a Prism with a socket other hosts can reach is stopped.
namespace ListeningSockets {

struct Socket
{
    qint64 pid = 0;
    QString address; ///< "127.0.0.1", "::1", "0.0.0.0", "::", ...
    quint16 port = 0;
    bool loopback = false;
};

/// Whether this platform can answer (Linux with /proc).
bool supported();
/// The processes in the group `pgid` plus every descendant of `root` (blocking /proc reads).
QList<qint64> processTree(qint64 root);
/// The listening TCP sockets of `pids` (blocking /proc reads).
QList<Socket> of(const QList<qint64> &pids);
/// processTree(root) and of() in the background (runInBackground()); `done` runs on `context`'s
/// thread, unless `context` is gone by then.
void ofTreeInBackground(qint64 root, QObject *context, std::function<void(const QList<Socket> &)> done);

} // namespace ListeningSockets
} // namespace bl
