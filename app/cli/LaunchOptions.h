// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "CliOutput.h"
#include "launch/LaunchSettings.h"

#include <QCommandLineOption>

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

class Invocation;

/// The options of `build`, `launch` or `profiles create`, for their Command.
QList<QCommandLineOption> launchOptions(OptionSet set);
/// "The pipeline's folder: ...": the DIR argument's description.
QString pipelineFolderText();

/// Reads what `call` says into `parsed`. Returns -1 when the command should go on, else the
/// exit code to end with (2 after a bad value, already explained on stderr).
int readLaunchArguments(const Invocation &call, OptionSet set, ParsedLaunch *parsed);

} // namespace bl::cli
