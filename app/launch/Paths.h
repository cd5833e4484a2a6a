// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

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
/// Checks that `folder` exists or can be created and that a file can be written in it.
bool ensureWritableFolder(const QString &folder, QString *error);

} // namespace bl::Paths
