// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Test-side checks on processes: is a pid alive, which pids does a file list, who descends from whom.
#pragma once

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#ifndef _WIN32
#include <csignal>
#include <sys/types.h>
#endif

namespace bl::test {

/// True when `pid` runs (a zombie, dead but not reaped, counts as gone).
inline bool isAlive(qint64 pid)
{
#ifdef _WIN32
    Q_UNUSED(pid);
    return false;
#else
    if (pid <= 0 || ::kill(pid_t(pid), 0) != 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) != "Z";
#endif
}

/// The pids written one per line into `path`.
inline QList<qint64> pidsIn(const QString &path)
{
    QList<qint64> pids;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            bool ok = false;
            const qint64 pid = line.trimmed().toLongLong(&ok);
            if (ok)
                pids.append(pid);
        }
    }
    return pids;
}

/// Every live process whose ancestry includes `root` (Linux /proc walk).
inline QList<qint64> descendantsOf(qint64 root)
{
    QList<qint64> result;
    QHash<qint64, qint64> parent;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const qsizetype close = text.lastIndexOf(')');
        const QList<QByteArray> fields = text.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(0) != "Z")
            parent.insert(pid, fields.at(1).toLongLong());
    }
    for (auto it = parent.cbegin(); it != parent.cend(); ++it) {
        qint64 p = it.value();
        for (int depth = 0; p > 1 && depth < 64; ++depth) {
            if (p == root) {
                result.append(it.key());
                break;
            }
            p = parent.value(p, 0);
        }
    }
    return result;
}

/// Temporary binaries (CrossBuild's ".NAME.tmp-XXXX") anywhere below `dir`.
inline QStringList temporariesUnder(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, {QStringLiteral("*.tmp-*")}, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        found << it.next();
    return found;
}

} // namespace bl::test
