// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace bl {

/// Deletes `folders` (recursively) off the caller's thread: build folders and staged worker
/// binaries are tens of MB. The work runs on Qt's global thread pool, which QCoreApplication waits
/// for as it is destroyed, so a command line that exits right after a launch or a failed build
/// still leaves nothing behind. Empty paths are ignored.
void removeFoldersInBackground(const QStringList &folders);

} // namespace bl
