// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace bl {

/// The window. Turn its detail on with QT_LOGGING_RULES="beamlauncher.ui.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace bl
