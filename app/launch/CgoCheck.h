// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Platform.h"
#include "process/CapturedRun.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

namespace bl {

/// The packages a pipeline depends on that use cgo, outside Go's standard library, for a build
/// without cgo. Go then builds such a package from its files for builds without cgo: for some a
/// full Go version, for others a stub that fails when the program runs (go-sqlite3: "Binary was
/// compiled with 'CGO_ENABLED=0', go-sqlite3 requires cgo to work"). Told before anything runs.
///
/// One `go list -deps` with CGO_ENABLED=1 for the given platform (no C compiler needed to list),
/// at low priority; its answer is kept beside go list's in the PackageCache, under the package's
/// fingerprint with the tags and platform, so an unchanged package costs no go list.
class CgoCheck final : public QObject
{
    Q_OBJECT

public:
    explicit CgoCheck(QObject *parent = nullptr);

    struct Request
    {
        QString goPath;
        QString packageDir;
        QStringList tags;
        Platform platform;
        QProcessEnvironment environment;
        QByteArray packageFingerprint; ///< PackageCache::fingerprint of packageDir
    };
    /// finished() follows, also when go list fails (with no package: nothing to warn of).
    void start(const Request &request);
    /// finished() follows with what is known (nothing).
    void cancel();
    bool isRunning() const { return m_list.isRunning(); }

    /// The import paths in what the go list template printed: one per line, blanks skipped.
    static QStringList packagesIn(const QString &goListOutput);
    /// The warning for a build without cgo of a pipeline importing `packages` (not empty).
    static QString warningText(const QStringList &packages);
    /// The hint for a launcher or worker that died saying "CGO_ENABLED" in one of its lines: a
    /// sentence to add to the failure, or empty when none of `lines` says so.
    static QString hintFor(const QStringList &lines);

Q_SIGNALS:
    void finished(const QStringList &packages);

private:
    CapturedRun m_list;
};

} // namespace bl
