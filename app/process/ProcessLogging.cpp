// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/ProcessLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcProcess, "beamlauncher.process", QtInfoMsg)

} // namespace bl
