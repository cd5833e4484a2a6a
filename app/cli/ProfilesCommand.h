// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace bl::cli {

/// `beam-launcher profiles ...`: list, show, create, export, import, delete, set-secret.
/// `arguments` are the words after "profiles". Returns the exit code.
int runProfilesCommand(const QStringList &arguments);

} // namespace bl::cli
