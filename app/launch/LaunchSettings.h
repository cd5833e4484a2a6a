// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "builds/BuildSettings.h"

#include <QList>
#include <QDir>
#include <QMap>
#include <QString>
#include <QStringList>

namespace bl {

/// An environment variable for the launcher. Secret values live in the OS keychain,
/// reach the launcher only through its environment and are masked wherever shown.
struct EnvironmentVariable
{
    QString name;
    QString value;
    bool secret = false;

    friend bool operator==(const EnvironmentVariable &a, const EnvironmentVariable &b)
    {
        return a.name == b.name && a.value == b.value && a.secret == b.secret;
    }
};

/// Everything one launch needs: what to build (BuildSettings), where to run it and with which
/// options. The command line fills it from its options, the window edits it, profiles store it.
struct LaunchSettings : BuildSettings
{
    /// The flags the built launcher defines, read from its --help just before the launch; empty:
    /// not known (not read yet, or a launcher this machine cannot run). A fact of one run, like
    /// forceOut: never saved, not part of ==. A launcher without --runner runs its pipeline itself
    /// (LaunchSpec::runsItself).
    QStringList launcherFlags;

    // Where and how to run
    QString runner = QStringLiteral("prism");
    QString endpoint;                                  ///< HOST:PORT of the job service
    /// Start a managed local Prism job server (app/runner) for this launch; `endpoint` is then
    /// the one it gets, and the environment PROCESS through its boot unless told otherwise.
    bool localJobServer = false;
    QString environmentType;                           ///< empty: the runner's default
    QString environmentConfig;
    QMap<QString, QString> runnerOptions;              ///< catalog option name -> value
    QStringList pipelineFlags;                         ///< passed to the launcher as given, in order
    /// The launcher's working folder, where relative paths in its flags are read from; empty: the
    /// pipeline's folder (the window's default; the command line gives the folder it runs in).
    QString workingDirectory;
    QList<EnvironmentVariable> environment;
    /// A job on the managed local Prism that stays RUNNING this long with no worker alive and no
    /// progress is said to be stalled (0: never). The window offers to cancel it; the command
    /// line says so and waits on, unless `cancelWhenStalled` (`--stall-timeout`).
    int stallSeconds = 60;
    bool cancelWhenStalled = false;

    /// workingDirectory, or the pipeline's folder when none is set (the current folder without one).
    QString effectiveWorkingDirectory() const
    {
        if (!workingDirectory.isEmpty())
            return workingDirectory;
        return packageDir.isEmpty() ? QDir::currentPath() : packageDir;
    }

    friend bool operator==(const LaunchSettings &a, const LaunchSettings &b)
    {
        return sameBinaries(a, b) && a.runner == b.runner && a.endpoint == b.endpoint
            && a.localJobServer == b.localJobServer
            && a.environmentType == b.environmentType && a.environmentConfig == b.environmentConfig
            && a.runnerOptions == b.runnerOptions && a.pipelineFlags == b.pipelineFlags
            && a.environment == b.environment && a.workingDirectory == b.workingDirectory
            && a.stallSeconds == b.stallSeconds
            && a.cancelWhenStalled == b.cancelWhenStalled;
    }
    friend bool operator!=(const LaunchSettings &a, const LaunchSettings &b) { return !(a == b); }
};

} // namespace bl
