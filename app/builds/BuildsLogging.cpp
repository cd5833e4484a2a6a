// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/BuildsLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcBuilds, "beamlauncher.builds", QtInfoMsg)

} // namespace bl
