// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace bl {

/// Root of what Beam Launcher may throw away (builds, logs, the managed Prism's tools).
/// BEAM_LAUNCHER_CACHE_DIR overrides it (tests, CI); otherwise the platform's cache folder.
/// Here, at the bottom of the engine, so every library can find its place in it;
/// launch/Paths names the folders inside.
QString cacheRoot();

} // namespace bl
