// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/ListeningSockets.h"

#include "process/Async.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QSet>

namespace bl::ListeningSockets {

namespace {

struct ProcStat
{
    qint64 ppid = 0;
    qint64 pgid = 0;
};

bool readStat(qint64 pid, ProcStat *stat)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.readAll();
    // pid (comm) state ppid pgrp ...; comm may hold spaces and parentheses.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    if (fields.size() < 3)
        return false;
    stat->ppid = fields.at(1).toLongLong();
    stat->pgid = fields.at(2).toLongLong();
    return true;
}

// /proc/net/tcp writes addresses as the kernel's 32-bit words in host byte order, in hex.
QHostAddress decodeAddress(const QByteArray &hex)
{
    if (hex.size() == 8) {
        bool ok = false;
        const quint32 word = hex.toUInt(&ok, 16);
        if (!ok)
            return {};
        const uchar *b = reinterpret_cast<const uchar *>(&word);
        return QHostAddress(QStringLiteral("%1.%2.%3.%4").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]));
    }
    if (hex.size() == 32) {
        Q_IPV6ADDR bytes;
        for (int w = 0; w < 4; ++w) {
            bool ok = false;
            const quint32 word = hex.mid(w * 8, 8).toUInt(&ok, 16);
            if (!ok)
                return {};
            memcpy(&bytes.c[w * 4], &word, 4);
        }
        return QHostAddress(bytes);
    }
    return {};
}

} // namespace

bool supported()
{
#ifdef Q_OS_LINUX
    return QFileInfo::exists(QStringLiteral("/proc/net/tcp"));
#else
    return false;
#endif
}

QList<qint64> processTree(qint64 root)
{
    QHash<qint64, ProcStat> stats;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        ProcStat stat;
        if (ok && readStat(pid, &stat))
            stats.insert(pid, stat);
    }
    QSet<qint64> tree;
    if (stats.contains(root))
        tree.insert(root);
    for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
        if (it.value().pgid == root)
            tree.insert(it.key());
    }
    // Descendants that left the group (setsid, setpgid) are still descendants.
    bool grew = true;
    while (grew) {
        grew = false;
        for (auto it = stats.cbegin(); it != stats.cend(); ++it) {
            if (!tree.contains(it.key()) && tree.contains(it.value().ppid)) {
                tree.insert(it.key());
                grew = true;
            }
        }
    }
    QList<qint64> pids(tree.cbegin(), tree.cend());
    std::sort(pids.begin(), pids.end());
    return pids;
}

QList<Socket> of(const QList<qint64> &pids)
{
    QHash<QByteArray, qint64> inodes; // socket inode -> pid
    for (qint64 pid : pids) {
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
        const QStringList fds = QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds) {
            const QString target = QFile::symLinkTarget(fdDir + u'/' + fd);
            // symLinkTarget makes the target absolute: ".../socket:[12345]".
            const qsizetype at = target.lastIndexOf(QStringLiteral("socket:["));
            if (at >= 0)
                inodes.insert(target.mid(at + 8).chopped(1).toLatin1(), pid);
        }
    }
    QList<Socket> sockets;
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
            if (fields.size() < 10 || fields.at(3) != "0A") // 0A: LISTEN
                continue;
            const auto owner = inodes.constFind(fields.at(9));
            if (owner == inodes.cend())
                continue;
            const QList<QByteArray> local = fields.at(1).split(':');
            if (local.size() != 2)
                continue;
            const QHostAddress address = decodeAddress(local.at(0));
            Socket socket;
            socket.pid = owner.value();
            socket.address = address.toString();
            socket.port = quint16(local.at(1).toUInt(nullptr, 16));
            socket.loopback = address.isLoopback();
            sockets.append(socket);
        }
    }
    return sockets;
}

void ofTreeInBackground(qint64 root, QObject *context, std::function<void(const QList<Socket> &)> done)
{
    runInBackground(context, [root] { return of(processTree(root)); }, std::move(done));
}

} // namespace bl::ListeningSockets
