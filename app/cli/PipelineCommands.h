// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"

#include <QStringList>

namespace bl::cli {

struct Command;

/// `beam-launcher options DIR [--json]`: the pipeline's own flags.
Command optionsCommand();
/// `beam-launcher graph DIR [--svg FILE] [-- FLAGS]`: the pipeline's graph.
Command graphCommand();

/// Turns the folder of `settings->packageDir` into the pipeline's main package folder: a
/// folder without Go files (a module or repository root, cmd/) is searched for Beam pipelines;
/// `choice` (--package IMPORT_PATH_OR_DIR) picks one of several. Says which one was taken.
/// Returns -1 to go on, else the exit code (2 with the reason printed).
int resolvePipelineFolder(LaunchSettings *settings, const QString &choice, bool json);

} // namespace bl::cli
