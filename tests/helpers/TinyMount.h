// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// A full or read-only disk for tests: a tiny tmpfs mounted over a folder (root only).
#pragma once

#include <QDir>
#include <QFile>
#include <QString>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace bl::test {

/// A tiny tmpfs (root only), unmounted when it goes out of scope whatever happens.
class TinyMount final
{
public:
    TinyMount(const QString &path, const QByteArray &options)
        : m_path(QFile::encodeName(path))
    {
        QDir().mkpath(path);
        m_mounted = ::mount("tmpfs", m_path.constData(), "tmpfs", options.contains("ro") ? MS_RDONLY : 0,
                            options.constData())
                    == 0;
        m_error = m_mounted ? QString() : QString::fromLocal8Bit(strerror(errno));
    }
    ~TinyMount()
    {
        if (m_mounted)
            ::umount2(m_path.constData(), MNT_DETACH);
    }
    Q_DISABLE_COPY_MOVE(TinyMount)
    bool mounted() const { return m_mounted; }
    QString error() const { return m_error; }

private:
    QByteArray m_path;
    bool m_mounted = false;
    QString m_error;
};

} // namespace bl::test
