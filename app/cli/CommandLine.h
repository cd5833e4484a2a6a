// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace bl::cli {

/// True when the arguments ask for the command-line front end rather than the window.
bool wantsCommandLine(const QStringList &arguments);

/// Runs the command line on an existing QCoreApplication; returns the exit code.
int run(const QStringList &arguments);

} // namespace bl::cli
