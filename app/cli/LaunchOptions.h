// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"

#include <QStringList>

namespace bl::cli {

/// What the options of `build`, `launch` and `profiles create` say.
struct ParsedLaunch
{
    LaunchSettings settings;
    QStringList positional;    ///< the folder (and for `profiles create` the name before it)
    QString profile;           ///< --profile NAME
    QString package;           ///< --package IMPORT_PATH_OR_DIR: which pipeline of the folder
    bool json = false;
    bool detach = false;       ///< --detach: submit, wait for RUNNING, leave the job running
    bool raw = false;          ///< --raw: the launcher's terminal control sequences reach the terminal
    bool launchOptions = false; ///< runner, endpoint and the like were accepted
    bool trust = false;        ///< --trust: accept the profile's programs and folders outside the pipeline
    QStringList given;         ///< the names of the options given (without dashes)
};

enum class OptionSet { Build, Launch, CreateProfile };

/// Parses `arguments` (the words after the command, "--" and pipeline flags included).
/// Returns -1 when the command should go on, else the exit code to end with: 0 after
/// --help, 2 after a usage error (already explained on stderr).
int parseLaunchArguments(const QString &commandName, OptionSet set, const QStringList &arguments,
                         ParsedLaunch *parsed);

/// Writes a line for people on stderr.
void printError(const QString &text);
/// An error for people on stderr and, with --json, an "error" event on stdout.
void reportError(bool json, const QString &text);

} // namespace bl::cli
