// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchOptions.h"

namespace bl::cli {

/// `launch --profile NAME [options]`: the profile's settings, with its secrets from the keychain
/// and every launch option given on the command line overriding the profile for this run (each
/// override is said on stderr). Refuses (exit 2) a profile made by a newer Beam Launcher and one
/// whose fields naming programs or folders outside the pipeline the user has not accepted yet,
/// unless `parsed.trust` (--trust), which records them as accepted.
/// Returns -1 to go on with `settings`, else the exit code (the reason printed).
int settingsFromProfile(const ParsedLaunch &parsed, LaunchSettings *settings, QString *profileId,
                        QString *profileName);

} // namespace bl::cli
