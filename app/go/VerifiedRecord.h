// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace bl {

/// What was learned about a binary Beam Launcher built and verified, kept beside it in a hidden
/// `.NAME.verified` file: `go version -m`'s output, and its SHA-256 once computed. A record
/// only counts while the binary still has the size it had then; it is a cache, and whoever
/// reads it must be able to do without it.
struct VerifiedRecord
{
    qint64 size = -1;
    QString goVersionOutput; ///< `go version -m` of the binary
    QString sha256;          ///< hex; empty until computed

    /// The record of `binary`, if there is one and it still describes a file of that size.
    static std::optional<VerifiedRecord> read(const QString &binary);
    /// Replaces the record of `binary` (atomically; best effort: false when it could not).
    static bool write(const QString &binary, const VerifiedRecord &record);
    static bool remove(const QString &binary);
    static QString pathFor(const QString &binary);
};

} // namespace bl
