// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Platform.h"

#include <QString>
#include <QStringList>

namespace bl {

/// What to build, with which Go, into which folder; or the prebuilt binaries that stand for the
/// builds. The part of a launch's settings (LaunchSettings, which extends it) that decides which
/// binaries a launch runs: all that the build-reuse code needs to know.
struct BuildSettings
{
    QString packageDir;                                ///< the pipeline's package folder
    Platform launcherPlatform;                         ///< invalid: the host
    Platform workerPlatform = Platform::defaultWorker();
    bool cgo = false;                                  ///< CGO_ENABLED=1 for both builds
    QStringList buildTags;
    QString goPath;                                    ///< empty: find go on PATH
    QString outDir;                                    ///< empty: a per-package cache folder
    /// Write into outDir even when it holds files that are not Beam Launcher's (--force-out).
    /// A choice for one run: never saved in a profile, not part of ==.
    bool forceOut = false;
    /// Run go build even when both binaries are recorded as current (--rebuild; see BuildStamp).
    /// A choice for one run, like forceOut.
    bool rebuild = false;

    // Prebuilt binaries: when both are set nothing is built
    QString launcherBinary;
    QString workerBinary;

    bool usesPrebuiltBinaries() const { return !launcherBinary.isEmpty() || !workerBinary.isEmpty(); }

    /// True when `a` and `b` build the very same binaries into the same place (what is built,
    /// with which Go, into which folder), whatever else differs (runner, flags...).
    static bool sameBinaries(const BuildSettings &a, const BuildSettings &b)
    {
        return a.packageDir == b.packageDir && a.launcherPlatform == b.launcherPlatform
            && a.workerPlatform == b.workerPlatform && a.cgo == b.cgo && a.buildTags == b.buildTags
            && a.goPath == b.goPath && a.outDir == b.outDir && a.launcherBinary == b.launcherBinary
            && a.workerBinary == b.workerBinary;
    }
};

} // namespace bl
