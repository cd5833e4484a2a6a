// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QFile;
QT_END_NAMESPACE

namespace bl {

/// The launch log (`logs/launch-*.log`): every line the launcher printed, as shown, so
/// already masked. It never gets the raw bytes: a pipeline that prints a secret of its
/// environment does not leak it to disk. Opening it also prunes the oldest logs; a long
/// launch's log is cut into parts so one file never grows past Paths::logFileLimit().
class LaunchLogFile final
{
public:
    LaunchLogFile();
    ~LaunchLogFile();
    Q_DISABLE_COPY_MOVE(LaunchLogFile)

    /// A new file in Paths::logsFolder(); false (and `error`) when it cannot be written.
    bool open(QString *error);
    /// Appends `lines`. A file that reached Paths::logFileLimit() is renamed NAME-partN.log and
    /// a new one begun; when that fails, the log stops and `error` says so (once).
    void write(const QStringList &lines, QString *error = nullptr);
    void close();
    /// Closes the file and forgets its path.
    void reset();
    /// The file of the last open(), also once closed.
    QString path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QFile> m_file;
    int m_parts = 0;
};

} // namespace bl
