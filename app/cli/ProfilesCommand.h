// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace bl::cli {

/// `beam-launcher profiles ...`: list, show, create, export, import, delete, set-secret.
struct Command;
Command profilesCommand();

} // namespace bl::cli
