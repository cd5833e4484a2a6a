// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "cli/CliLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcCli, "beamlauncher.cli", QtInfoMsg)

} // namespace bl
