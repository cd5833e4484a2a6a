// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace bl {

struct GoEnv;

/// What `go list` said of a package folder, kept until anything it depends on changes, so a
/// rebuild with nothing changed does not pay for go list again (bench/noop.sh).
///
/// The key is a fingerprint of what go list reads: the folder's Go files and module files (names,
/// sizes, modification times), the go.mod, go.sum, go.work and go.work.sum of every folder above
/// it, the go executable, the toolchain's `go env` and every GO* and CGO_* variable of the
/// environment. Only answers for a buildable program are kept; a refused package is listed
/// again every time. Not covered: the files of other local packages it imports, which only
/// decide whether it imports Beam (a warning); their errors still come from go build.
namespace PackageCache {

/// Adds to `hash` what go list reads of the Go file `file`: everything before its first
/// declaration other than an import (build constraints, the package clause, the imports, a cgo
/// preamble). An edit below that (a function body, the usual edit) leaves go list's answer as it
/// was. False, adding nothing, when it is not a .go file or its header does not end within a
/// bounded read: then its size and time must count instead.
bool addGoHeader(QCryptographicHash &hash, const QFileInfo &file);
/// A variable of the environment that decides what go does: GO* and CGO_*.
bool isGoVariable(const QString &name);
/// The fingerprint of the toolchain: the go executable, what `go env` says, and the GO* and
/// CGO_* variables of `environment`.
QByteArray toolchainFingerprint(const QString &goExecutable, const GoEnv &goEnv, const QProcessEnvironment &environment);
/// The fingerprint of everything go list's answer for `packageDir` depends on.
QByteArray fingerprint(const QString &packageDir, const QString &goExecutable, const GoEnv &goEnv,
                       const QProcessEnvironment &environment);
/// The go list output stored for `packageDir` under `fingerprint`, if any. `kind` names another
/// answer kept beside go list's (e.g. "cgo", CgoCheck's), each in an entry of its own.
std::optional<QByteArray> lookup(const QString &packageDir, const QByteArray &fingerprint,
                                 const QString &kind = QString());
/// Keeps `goListJson` for `packageDir` under `fingerprint` (best effort, written atomically).
void store(const QString &packageDir, const QByteArray &fingerprint, const QByteArray &goListJson,
           const QString &kind = QString());
/// Where the entry of `packageDir` (of `kind`) is kept (in the cache root, process/CacheRoot).
QString entryPath(const QString &packageDir, const QString &kind = QString());

} // namespace PackageCache
} // namespace bl
