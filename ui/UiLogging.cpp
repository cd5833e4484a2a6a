// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "UiLogging.h"

namespace bl {

Q_LOGGING_CATEGORY(lcUi, "beamlauncher.ui", QtInfoMsg)

} // namespace bl
