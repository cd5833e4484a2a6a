// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Test-side view of listening TCP sockets (Linux): which addresses a process tree listens on,
// from /proc/PID/fd socket inodes matched against /proc/net/tcp and /proc/net/tcp6. Written apart
// from the engine's own check (app/runner/ListeningSockets), so that each can catch the other.
#pragma once

#include "ProcessProbe.h"

#include <QDir>
#include <QFile>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <cstring>

namespace bl::test {

struct ListeningSocket
{
    qint64 pid = 0;
    QString address; ///< 127.0.0.1, ::1, 0.0.0.0, ::, ...
    int port = 0;

    bool isLoopback() const
    {
        return address == QLatin1String("127.0.0.1") || address.startsWith(QLatin1String("127."))
            || address == QLatin1String("::1") || address.startsWith(QLatin1String("::ffff:127."));
    }
    QString describe() const { return QStringLiteral("pid %1 listens on [%2]:%3").arg(pid).arg(address).arg(port); }
};

/// `root` and every live process below it.
inline QList<qint64> processTreeOf(qint64 root)
{
    QList<qint64> tree = descendantsOf(root);
    if (isAlive(root))
        tree.prepend(root);
    return tree;
}

namespace detail {

inline QString ipv4(const QByteArray &hex)
{
    // The kernel prints the address as one 32-bit word in host byte order (little-endian here).
    const quint32 value = hex.toUInt(nullptr, 16);
    return QStringLiteral("%1.%2.%3.%4").arg(value & 0xff).arg((value >> 8) & 0xff).arg((value >> 16) & 0xff).arg(value >> 24);
}

inline QString ipv6(const QByteArray &hex)
{
    // Four 32-bit words, each in host byte order.
    unsigned char bytes[16];
    for (int w = 0; w < 4; ++w) {
        const quint32 value = hex.mid(w * 8, 8).toUInt(nullptr, 16);
        for (int b = 0; b < 4; ++b)
            bytes[w * 4 + b] = (value >> (8 * b)) & 0xff;
    }
    static const unsigned char mappedPrefix[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
    if (memcmp(bytes, mappedPrefix, 12) == 0)
        return QStringLiteral("::ffff:%1.%2.%3.%4").arg(bytes[12]).arg(bytes[13]).arg(bytes[14]).arg(bytes[15]);
    QStringList groups;
    for (int g = 0; g < 8; ++g)
        groups << QString::number((bytes[2 * g] << 8) | bytes[2 * g + 1], 16);
    QString text = groups.join(u':');
    // Enough for the cases that matter here: "::" and "::1".
    if (text == QLatin1String("0:0:0:0:0:0:0:0"))
        return QStringLiteral("::");
    if (text == QLatin1String("0:0:0:0:0:0:0:1"))
        return QStringLiteral("::1");
    return text;
}

} // namespace detail

/// Every TCP socket in LISTEN state that one of `pids` holds open.
inline QList<ListeningSocket> listeningSocketsOf(const QList<qint64> &pids)
{
    QMap<QString, qint64> owner; // inode -> pid
    for (qint64 pid : pids) {
        QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
        for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
            const QString link = fd.symLinkTarget();
            const qsizetype open = link.indexOf(QLatin1String("socket:["));
            if (open >= 0)
                owner.insert(link.mid(open + 8, link.indexOf(u']', open) - open - 8), pid);
        }
    }
    QList<ListeningSocket> sockets;
    for (const bool six : {false, true}) {
        QFile table(six ? QStringLiteral("/proc/net/tcp6") : QStringLiteral("/proc/net/tcp"));
        if (!table.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        const QList<QByteArray> rows = table.readAll().split('\n');
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QList<QByteArray> cols = rows.at(i).simplified().split(' ');
            if (cols.size() < 10 || cols.at(3) != "0A")
                continue;
            const QString inode = QString::fromLatin1(cols.at(9));
            if (!owner.contains(inode))
                continue;
            const QByteArray local = cols.at(1);
            const qsizetype colon = local.indexOf(':');
            ListeningSocket socket;
            socket.pid = owner.value(inode);
            socket.address = six ? detail::ipv6(local.left(colon)) : detail::ipv4(local.left(colon));
            socket.port = local.mid(colon + 1).toInt(nullptr, 16);
            sockets.append(socket);
        }
    }
    return sockets;
}

} // namespace bl::test
