// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace bl {

/// The Go toolchain: builds, binary checks, go list. Turn its detail on with QT_LOGGING_RULES="beamlauncher.go.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcGo)

} // namespace bl
