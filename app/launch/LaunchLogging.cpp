// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcLaunch, "beamlauncher.launch", QtInfoMsg)

} // namespace bl
