// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace bl {

/// Profiles, their lock and the keychain. Turn its detail on with QT_LOGGING_RULES="beamlauncher.profiles.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)

} // namespace bl
