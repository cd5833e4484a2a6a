// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "profiles/Profile.h"

#include <optional>

/// Reading a profile file someone shared, before anything of it is saved.
namespace bl::ProfileImport {

/// The largest profile file imported: profiles are a few KiB; this leaves room for long notes.
inline constexpr qint64 MaxBytes = 1024 * 1024;

/// Reads and checks `filePath`: only a regular file (a FIFO, a device such as /dev/zero or a
/// folder is refused without being read; the file is opened non-blocking), at most MaxBytes,
/// a profile of a schema this version reads, a name without control characters, and no NUL
/// or oversized value anywhere. On failure returns nothing and sets `error` to a message that
/// says what to do. The profile keeps its file's id and trust; ProfileStore renews both.
std::optional<Profile> read(const QString &filePath, QString *error);

} // namespace bl::ProfileImport
