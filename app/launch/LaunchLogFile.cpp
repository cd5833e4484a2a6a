// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchLogFile.h"

#include "launch/LaunchLogging.h"
#include "launch/LaunchText.h"
#include "launch/Paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace bl {

LaunchLogFile::LaunchLogFile() = default;
LaunchLogFile::~LaunchLogFile() = default;

bool LaunchLogFile::open(QString *error)
{
    close();
    m_parts = 0;
    m_path = Paths::newLogFile(QStringLiteral("launch"));
    QDir().mkpath(Paths::logsFolder());
    Paths::pruneLogs();
    auto file = std::make_unique<QFile>(m_path);
    if (!file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = LaunchText::tr("Cannot write the log file %1: %2")
                         .arg(QDir::toNativeSeparators(m_path), file->errorString());
        return false;
    }
    qCDebug(lcLaunch) << "launch log" << m_path;
    m_file = std::move(file);
    return true;
}

void LaunchLogFile::write(const QStringList &lines, QString *error)
{
    if (!m_file)
        return;
    for (const QString &line : lines)
        m_file->write(line.toUtf8().append('\n'));
    if (m_file->size() < Paths::logFileLimit())
        return;
    m_file->close();
    QFile::rename(m_path, m_path.chopped(4) + QStringLiteral("-part%1.log").arg(++m_parts));
    if (!m_file->open(QIODevice::WriteOnly)) {
        if (error)
            *error = LaunchText::tr("The launch log %1 cannot be written any more (%2): the output "
                                                 "is still shown here.")
                         .arg(QDir::toNativeSeparators(m_path), m_file->errorString());
        m_file.reset();
    }
    Paths::pruneLogs();
}

void LaunchLogFile::close()
{
    m_file.reset();
}

void LaunchLogFile::reset()
{
    close();
    m_path.clear();
}

} // namespace bl
