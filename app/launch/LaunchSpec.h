// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/Constants.h"
#include "launch/LaunchSettings.h"
#include "launch/RunnerCatalog.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace bl {

/// Something wrong with launch settings, tied to the field the user has to change.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    /// "runner", "endpoint", "environmentType", "environmentConfig", "option:<name>",
    /// "flag:<index>", "env:<index>", "launcherPlatform", "workerPlatform", "packageDir",
    /// "launcherBinary", "workerBinary"
    QString field;
    QString message; ///< translated; says what to do
};
using Problems = QList<Problem>;

/// The launcher's command: program, arguments and environment, ready for ProcessRunner.
struct LaunchCommand
{
    enum class QuoteStyle { Posix, Windows };

    QString program;
    QStringList arguments;
    QProcessEnvironment environment;
    QStringList secretNames;      ///< variables whose values are never shown
    QStringList environmentNames; ///< variables the settings add to the base environment, in order
    QString workingDirectory;     ///< where the launcher runs; empty: wherever the caller is

    /// Program and arguments as the user would see them (values of secrets masked, should
    /// one have been typed into a flag).
    QStringList displayArgv() const;
    /// One line: the settings' variables as NAME=value prefixes (secret values as ********), then
    /// the quoted program and arguments. POSIX quoting on Unix, cmd-style
    /// double quotes on Windows.
    QString displayLine() const;
    QString displayLine(QuoteStyle style) const;
    /// displayLine() after `cd FOLDER &&` (`cd /d` on Windows): the same run from any shell.
    QString copyableLine() const;
    QString copyableLine(QuoteStyle style) const;
};

/// POSIX shell quoting: safe arguments ([A-Za-z0-9_@%+=:,./-]) stay bare, everything else
/// goes in single quotes ('it'\''s'); the empty argument becomes ''.
QString shellQuote(const QString &argument);
/// cmd.exe / CommandLineToArgvW quoting: double quotes when needed, \" for quotes inside.
QString windowsQuote(const QString &argument);

namespace LaunchSpec {

/// The largest value of an environment variable (a secret above all) Beam Launcher passes on:
/// Linux refuses a launcher whose single environment string exceeds 128 KiB ("Argument list too
/// long"), and a keychain is no place for files.
inline constexpr qsizetype MaxValueBytes = 64 * 1024;

/// Why `value` of the secret (or variable) `name` cannot be stored or passed on: a NUL character
/// (the system would cut the value there) or more than MaxValueBytes; empty when it is fine.
QString valueProblem(const QString &name, const QString &value, bool secret);
/// True for a variable name that says it holds a secret: a part (split at _) or an ending of
/// TOKEN, SECRET, PASSWORD, PASSWD, PASSPHRASE, KEY, APIKEY, CREDENTIAL(S), PRIVATE, AUTH.
bool looksLikeSecretName(const QString &name);

/// Everything wrong with `settings` before anything is built or started.
Problems validate(const LaunchSettings &settings, const RunnerCatalog &catalog = RunnerCatalog::builtIn());
bool hasErrors(const Problems &problems);
/// Whether a problem of this field stands in the way of a build: the package folder, the
/// platforms and the profile's "name". Every other error only stands in the way of a launch.
bool concernsBuild(const Problem &problem);
/// The first error that stops a build (`launch` false) or a launch; null when none does.
/// The one rule of what blocks what, for the command line, the session and the window.
const Problem *firstBlocking(const Problems &problems, bool launch);
/// HOST:PORT or [IPv6]:PORT with a port from 1 to 65535.
bool isValidEndpoint(const QString &endpoint, QString *error = nullptr);
/// The host (without IPv6 brackets) and port of a valid endpoint; false for an invalid one.
bool splitEndpoint(const QString &endpoint, QString *host, quint16 *port);
/// The pipeline flags whose values look like relative paths (`in/x.txt`, `./out`, a name that
/// exists in `workingDirectory`; not URLs, numbers or absolute paths), each as
/// "--input=in/x.txt → /abs/in/x.txt": where the launcher will read or write them.
/// A bare name counts when such a file exists or the flag's name says it is a path (--output counts).
QStringList resolvedRelativePaths(const QStringList &pipelineFlags, const QString &workingDirectory);
/// The same paths, made absolute in `pipelineFlags` (for workers that run in another folder of
/// this machine); returns them as resolvedRelativePaths() does.
QStringList absoluteRelativePaths(QStringList *pipelineFlags, const QString &workingDirectory);
/// A flag as Go's flag.PrintDefaults lists it: its name (without dashes) and whether it takes a
/// value ("  -name type"; a bool is listed without a type and takes none).
struct HelpFlag
{
    QString name;
    bool takesValue = false;
};
/// The flags in what a Go program printed for --help, in order. Empty when it printed no flag.
QList<HelpFlag> flagsInHelp(const QString &helpText);
/// Splits "--name=value" / "-name" into name and value; false for words that are no flag.
bool splitFlag(const QString &word, QString *name, QString *value, bool *hasValue);
/// The value of the flag `name` in `flags` (up to "--"; the last one counts, as in Go):
/// "--name=value" or "-name=value", "--name value" when `takesValue`, and "true" for a bool flag
/// written bare ("--async"). nullopt when it is not given.
std::optional<QString> flagValue(const QStringList &flags, const QString &name, bool takesValue);
/// Flags of `pipelineFlags` ("--name=value", "-name value", "--bool") that `defined` does not
/// hold, in order, without dashes; read as Go's flag package reads them (it stops at "--" and at
/// the first word that is no flag), -h and -help aside.
QStringList unknownFlags(const QList<HelpFlag> &defined, const QStringList &pipelineFlags);
/// The launcher is known (settings.launcherFlags) to define no --runner flag: its main runs the
/// pipeline itself (direct.Execute, a runner package's Execute) instead of calling beamx.Run,
/// in its own process. It gets none of Beam Launcher's runner flags.
bool runsItself(const LaunchSettings &settings);
/// The launcher's argv and environment: --worker_binary (when a worker path is given),
/// --runner, --endpoint, --environment_type, --environment_config, the runner's catalog
/// options in catalog order, then the pipeline flags as given. Secrets only go into the
/// environment. A launcher that runs its pipeline itself (runsItself()) gets none of the runner
/// flags (--runner, --endpoint, --environment_*, the runner's options it does not define), and
/// --worker_binary only when it defines it.
LaunchCommand compose(const LaunchSettings &settings, const QString &launcherPath, const QString &workerPath,
                      const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment(),
                      const RunnerCatalog &catalog = RunnerCatalog::builtIn());

} // namespace LaunchSpec

} // namespace bl
