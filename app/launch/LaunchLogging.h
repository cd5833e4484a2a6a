// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace bl {

/// Launch sessions: stages, preflight, the launcher's log. Turn its detail on with QT_LOGGING_RULES="beamlauncher.launch.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLaunch)

} // namespace bl
