// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace bl::Paths {

/// Root of what Beam Launcher may throw away: builds and logs. BEAM_LAUNCHER_CACHE_DIR
/// overrides it (tests, CI); otherwise the platform's cache folder (process/CacheRoot).
QString cacheRoot();
/// The default output folder for one pipeline package (BuildOutput::defaultFolderFor).
QString buildFolderFor(const QString &packageDir);
/// Where launch and build logs are written.
QString logsFolder();
/// A fresh log file name in logsFolder(), e.g. launch-20261126-101502-3f.log.
QString newLogFile(const QString &prefix);
/// Launch logs kept at most: the newest MaxLogCount files, and no more than MaxLogBytes together.
constexpr int MaxLogCount = 100;
constexpr qint64 MaxLogBytes = qint64(256) * 1024 * 1024;
/// One launch's log is rotated when it reaches this size: the full part is renamed
/// NAME-partN.log and pruneLogs() applies to the parts like to any log.
constexpr qint64 MaxLogFileBytes = qint64(64) * 1024 * 1024;
/// MaxLogFileBytes, or BEAM_LAUNCHER_LOG_FILE_LIMIT (bytes; tests use a small one).
qint64 logFileLimit();
/// Deletes the oldest *.log files in logsFolder() beyond the newest `keepCount`, and then the
/// oldest ones until the rest take at most `keepBytes` together (the newest is always kept).
void pruneLogs(int keepCount = MaxLogCount, qint64 keepBytes = MaxLogBytes);
/// Checks that `folder` exists or can be created and that a file can be written in it.
bool ensureWritableFolder(const QString &folder, QString *error);
/// True for a folder that holds the system or is a root or home folder (/, /etc, /usr/..., the
/// user's home, C:\, C:\Windows...): never an output folder, whatever the user asks.
bool isSystemFolder(const QString &folder);
/// The entries of `folder` that Beam Launcher did not write there (anything but its binaries,
/// their .verified records, build logs, temporaries and the lock): empty for a missing folder.
QStringList foreignEntries(const QString &folder);
/// Checks a user-chosen output folder (--out) before anything is written: refused when it is a
/// system folder, or, unless `allowForeign` (--force-out), when it holds anything that is not
/// Beam Launcher's. `error` says why and what to do.
bool checkOutputFolder(const QString &folder, bool allowForeign, QString *error);
/// Folders where bundled sample pipelines may live, best first, for an executable in
/// `applicationDir`: only BEAM_LAUNCHER_SAMPLES_DIR when it is set; else the macOS bundle's Resources/samples,
/// <prefix>/share/beam-launcher/samples (Linux and Windows installs, and the build tree, which
/// stages the samples the same way), and samples/ next to the executable (a flat Windows deploy).
QStringList sampleSearchFolders(const QString &applicationDir);
/// The first folder `<root>/<name>` holding a go.mod, for roots in sampleSearchFolders(applicationDir);
/// empty when there is none.
QString findSample(const QString &applicationDir, const QString &name);
/// The folder of the bundled sample pipeline `name` (a Go module), found relative to the running
/// executable; empty when this build or install has no such sample.
QString sampleFolder(const QString &name = QStringLiteral("wordcount"));

} // namespace bl::Paths
