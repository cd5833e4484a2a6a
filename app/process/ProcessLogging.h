// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace bl {

/// Child processes: starts, stops, group kills. Turn its detail on with QT_LOGGING_RULES="beamlauncher.process.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcProcess)

} // namespace bl
