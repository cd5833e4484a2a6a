// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

namespace bl::cli {

/// A positional argument of a command: DIR, NAME, JOB_ID...
struct Argument
{
    enum class Kind { Required, Optional, Variadic };
    QString name;
    QString description;
    Kind kind = Kind::Required;
};

class Invocation;

/// One command of the command line, declared once: its name, what it does, its options and
/// arguments, and either its handler (a command that runs) or its subcommands (a group such
/// as `profiles`). Parsing, help texts, usage errors and suggestions all come from here
/// (CommandModel.cpp); the commands are declared in Commands.cpp and beside their handlers.
struct Command
{
    QString name;
    QString summary;                    ///< one line, for the list of a group's commands
    QString description;                ///< the help's text (the summary when empty)
    QList<QCommandLineOption> options;  ///< --help is everyone's
    QList<Argument> arguments;
    bool pipelineFlags = false;         ///< takes "-- PIPELINE FLAGS..." after its own words
    QStringList aliases;                ///< other words for it ("--version", "-v")
    std::function<int(const Invocation &)> handler;
    QList<Command> subcommands;

    const Command *find(const QString &word) const;
};

/// What the command line said to a command that runs.
class Invocation
{
public:
    QStringList path;           ///< the command's words: {"profiles", "show"}
    QStringList positional;     ///< its arguments, in order
    QStringList pipelineFlags;  ///< the words after "--" (commands with pipelineFlags)
    QStringList given;          ///< the names of the options given, without dashes, in order

    bool isSet(const QString &option) const { return m_values.contains(option); }
    /// The option's last value, or an empty string.
    QString value(const QString &option) const;
    QStringList values(const QString &option) const { return m_values.value(option); }
    /// --json, for commands that take it.
    bool json() const { return isSet(QStringLiteral("json")); }
    /// "beam-launcher profiles show": for messages.
    QString commandLine() const;

    void setValues(const QString &option, const QStringList &values) { m_values.insert(option, values); }

private:
    QHash<QString, QStringList> m_values;
};

/// Parses `words` (the arguments after the program's name) by `root` and runs the command
/// they name; returns the exit code. Help goes to stdout (exit 0); an unknown command or
/// option, or missing or extra arguments, is exit 2 with the reason (and the nearest valid
/// name) on stderr.
int runCommand(const Command &root, const QStringList &words);

/// The help of the command at `path` (empty: the root). Null when there is no such command;
/// `unknown` then gets the first word that names none.
const Command *findCommand(const Command &root, const QStringList &path, QString *unknown = nullptr);
QString helpText(const Command &root, const QStringList &path);

/// Says on stderr that `word` names no command of `group` (with the nearest name); returns 2.
int unknownCommand(const Command &root, const QStringList &groupPath, const QString &word);

} // namespace bl::cli
