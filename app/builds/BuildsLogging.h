// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace bl {

/// Build reuse: the record of what was built from what, the package cache. Turn its detail on with QT_LOGGING_RULES="beamlauncher.builds.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcBuilds)

} // namespace bl
