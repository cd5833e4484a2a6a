// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"

#include <QString>

namespace bl {

struct BuildSettings;

/// Where the two binaries of a set of settings are written: the one place that says so, for the
/// builds, the record of what they were built from (BuildStamp), the launch and the front ends.
namespace BuildOutput {

/// The default output folder for one pipeline package, in the cache root (process/CacheRoot):
/// never inside the user's source tree.
QString defaultFolderFor(const QString &packageDir);
/// The folder the two binaries of `settings` are written to (absolute): `outDir`, or
/// defaultFolderFor() the package.
QString folder(const BuildSettings &settings);
/// Where the binary `target` of `settings` for `platform` is written (the folder and file name).
QString path(const BuildSettings &settings, BuildTarget target, const Platform &platform);

} // namespace BuildOutput
} // namespace bl
