// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace bl::Paths {

/// Root of what Beam Launcher may throw away: builds and logs. BEAM_LAUNCHER_CACHE_DIR
/// overrides it (tests, CI); otherwise the platform's cache folder.
QString cacheRoot();
/// The default output folder for one pipeline package: never inside the user's source tree.
QString buildFolderFor(const QString &packageDir);
/// Where launch and build logs are written.
QString logsFolder();
/// A fresh log file name in logsFolder(), e.g. launch-20261126-101502-3f.log.
QString newLogFile(const QString &prefix);
/// Deletes the oldest logs in logsFolder() beyond the newest `keep`.
void pruneLogs(int keep = 200);
/// Checks that `folder` exists or can be created and that a file can be written in it.
bool ensureWritableFolder(const QString &folder, QString *error);

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
