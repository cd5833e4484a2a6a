// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcGo, "beamlauncher.go", QtInfoMsg)

} // namespace bl
