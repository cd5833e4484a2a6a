// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfilesLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcProfiles, "beamlauncher.profiles", QtInfoMsg)

} // namespace bl
