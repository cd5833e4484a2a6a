// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "CommandModel.h"

#include "CliOutput.h"
#include "launch/Constants.h"
#include "launch/RunnerCatalog.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace bl::cli {

namespace {

bool isHelpWord(const QString &word)
{
    return word == u"--help" || word == u"-h" || word == u"--help-all" || word == u"-?";
}

QString syntaxOf(const Argument &argument)
{
    switch (argument.kind) {
    case Argument::Kind::Required: return argument.name;
    case Argument::Kind::Optional: return u'[' + argument.name + u']';
    case Argument::Kind::Variadic: return u'[' + argument.name + QStringLiteral("...]");
    }
    return argument.name;
}

/// "NAME DIR [-- PIPELINE FLAGS...]": the words a command takes after its name.
QString argumentsSyntax(const Command &command)
{
    QStringList words;
    for (const Argument &argument : command.arguments)
        words << syntaxOf(argument);
    if (command.pipelineFlags)
        words << QStringLiteral("[-- PIPELINE FLAGS...]");
    return words.join(u' ');
}

QString commandLineOf(const QStringList &path)
{
    return (QStringList(QStringLiteral("beam-launcher")) + path).join(u' ');
}

void describeTo(const Command &command, QCommandLineParser &parser)
{
    parser.setApplicationDescription(command.description.isEmpty() ? command.summary : command.description);
    for (const Argument &argument : command.arguments)
        parser.addPositionalArgument(argument.name, argument.description, syntaxOf(argument));
    if (command.pipelineFlags)
        parser.addPositionalArgument(QStringLiteral("--"), CliText::tr("Flags after -- go to the pipeline."),
                                     QStringLiteral("[-- PIPELINE FLAGS...]"));
    parser.addHelpOption();
    parser.addOptions(command.options);
}

/// An option's name as typed: -v, --runner.
QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

/// Every option name of `command` with its dashes, for suggestions.
QStringList optionSpellings(const Command &command)
{
    QStringList names{QStringLiteral("--help")};
    for (const QCommandLineOption &option : command.options) {
        for (const QString &name : option.names())
            names << dashed(name);
    }
    return names;
}

/// Says that `word` is no option or command of the command at `path`; returns 2.
int unknownWord(const QStringList &path, const QString &word, const QStringList &candidates)
{
    const QString where = commandLineOf(path);
    const QString shown = terminalSafe(word);
    const QString nearest = RunnerCatalog::closestSpelling(word, candidates);
    const bool option = word.startsWith(u'-');
    QString text;
    if (nearest.isEmpty())
        text = option ? CliText::tr("%1: unknown option \"%2\".").arg(where, shown)
                      : CliText::tr("%1: unknown command \"%2\".").arg(where, shown);
    else
        text = option ? CliText::tr("%1: unknown option \"%2\"; did you mean %3?").arg(where, shown, nearest)
                      : CliText::tr("%1: unknown command \"%2\"; did you mean %3?").arg(where, shown, nearest);
    printError(text + u'\n' + CliText::tr("Run `%1 --help` for what it takes.").arg(where));
    return ExitCode::BadInput;
}

QString groupHelp(const Command &group, const QStringList &path)
{
    QString text;
    if (!path.isEmpty())
        text += CliText::tr("Usage: %1 COMMAND [options]").arg(commandLineOf(path)) + u'\n';
    text += group.description.isEmpty() ? group.summary : group.description;
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u'\n' + CliText::tr("Commands:") + u'\n';
    QList<QPair<QString, QString>> rows;
    qsizetype width = 0;
    for (const Command &sub : group.subcommands) {
        QString left = sub.name;
        if (!path.isEmpty() && !sub.arguments.isEmpty())
            left += u' ' + argumentsSyntax(sub);
        width = std::max(width, left.size());
        rows.append({left, sub.summary});
    }
    for (const auto &[left, summary] : std::as_const(rows))
        text += QStringLiteral("  ") + left.leftJustified(width) + QStringLiteral("  ") + summary + u'\n';
    text += u'\n' + CliText::tr("Run `%1 COMMAND --help` for a command's options and arguments.").arg(commandLineOf(path))
        + u'\n';
    return text;
}

QString leafHelp(const Command &command, const QStringList &path)
{
    QCommandLineParser parser;
    describeTo(command, parser);
    QString text = parser.helpText();
    // The usage line names the program as started; it should name the command.
    const qsizetype lineEnd = text.indexOf(u'\n');
    const QString program = QCoreApplication::arguments().value(0);
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && at < lineEnd)
        text.replace(at, program.size(), commandLineOf(path));
    return text;
}

int runLeaf(const Command &command, const QStringList &path, const QStringList &words)
{
    Invocation call;
    call.path = path;
    QStringList ours = words;
    if (command.pipelineFlags) {
        const qsizetype dashes = words.indexOf(QStringLiteral("--"));
        if (dashes >= 0) {
            ours = words.mid(0, dashes);
            call.pipelineFlags = words.mid(dashes + 1);
        }
    }
    QCommandLineParser parser;
    describeTo(command, parser);
    if (!parser.parse(QStringList(QStringLiteral("beam-launcher")) + ours)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            return unknownWord(path, dashed(unknown.constFirst()), optionSpellings(command));
        }
        printError(CliText::tr("beam-launcher %1: %2\nRun `beam-launcher %1 --help` for the options.")
                       .arg(path.join(u' '), parser.errorText()));
        return ExitCode::BadInput;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        writeData(leafHelp(command, path).toUtf8());
        return ExitCode::Ok;
    }
    call.given = parser.optionNames();
    for (const QCommandLineOption &option : command.options) {
        for (const QString &name : option.names()) {
            if (parser.isSet(name))
                call.setValues(name, parser.values(name));
        }
    }
    // `--runner --json` would take "--json" as the runner's name: an option whose value looks
    // like another option almost always lost its value.
    for (const QString &name : std::as_const(call.given)) {
        for (const QString &value : call.values(name)) {
            if (!value.startsWith(QLatin1String("--")))
                continue;
            reportError(call.json(), CliText::tr("--%1 needs a value, but the next word is the option %2. Give the "
                                                 "value right after --%1 (e.g. --%1=VALUE).")
                                         .arg(name, value));
            return ExitCode::BadInput;
        }
    }
    call.positional = parser.positionalArguments();
    qsizetype required = 0;
    bool variadic = false;
    for (const Argument &argument : command.arguments) {
        required += argument.kind == Argument::Kind::Required ? 1 : 0;
        variadic = variadic || argument.kind == Argument::Kind::Variadic;
    }
    const QString where = commandLineOf(path);
    if (call.positional.size() < required) {
        QStringList missing;
        for (qsizetype i = call.positional.size(); i < command.arguments.size(); ++i) {
            if (command.arguments.at(i).kind == Argument::Kind::Required)
                missing << command.arguments.at(i).name;
        }
        reportError(call.json(), CliText::tr("`%1` needs %2: see `%1 --help`.").arg(where, missing.join(u' ')));
        return ExitCode::BadInput;
    }
    if (!variadic && call.positional.size() > command.arguments.size()) {
        const QString extra = terminalSafe(call.positional.at(command.arguments.size()));
        reportError(call.json(), command.arguments.isEmpty()
                                     ? CliText::tr("`%1` takes no arguments, not \"%2\": see `%1 --help`.").arg(where, extra)
                                     : CliText::tr("`%1` takes %2, not also \"%3\": see `%1 --help`.")
                                           .arg(where, argumentsSyntax(command), extra));
        return ExitCode::BadInput;
    }
    return command.handler(call);
}

} // namespace

const Command *Command::find(const QString &word) const
{
    for (const Command &sub : subcommands) {
        if (sub.name == word || sub.aliases.contains(word))
            return &sub;
    }
    return nullptr;
}

QString Invocation::value(const QString &option) const
{
    const QStringList list = m_values.value(option);
    return list.isEmpty() ? QString() : list.constLast();
}

QString Invocation::commandLine() const
{
    return commandLineOf(path);
}

const Command *findCommand(const Command &root, const QStringList &path, QString *unknown)
{
    const Command *node = &root;
    for (const QString &word : path) {
        const Command *sub = node->find(word);
        if (!sub) {
            if (unknown)
                *unknown = word;
            return nullptr;
        }
        node = sub;
    }
    return node;
}

QString helpText(const Command &root, const QStringList &path)
{
    QStringList names; // the words as declared, aliases turned into names
    const Command *node = &root;
    for (const QString &word : path) {
        node = node->find(word);
        if (!node)
            return {};
        names << node->name;
    }
    return node->subcommands.isEmpty() ? leafHelp(*node, names) : groupHelp(*node, names);
}

int unknownCommand(const Command &root, const QStringList &groupPath, const QString &word)
{
    const Command *group = findCommand(root, groupPath);
    QStringList candidates;
    if (group) {
        for (const Command &sub : group->subcommands)
            candidates << sub.name << sub.aliases;
    }
    return unknownWord(groupPath, word, candidates);
}

int runCommand(const Command &root, const QStringList &words)
{
    const Command *node = &root;
    QStringList path;
    qsizetype i = 0;
    while (!node->subcommands.isEmpty()) {
        if (i >= words.size()) {
            printError(groupHelp(*node, path));
            return ExitCode::BadInput;
        }
        const QString &word = words.at(i);
        if (!path.isEmpty() && isHelpWord(word)) {
            writeData(groupHelp(*node, path).toUtf8());
            return ExitCode::Ok;
        }
        if (!path.isEmpty() && word == u"help") {
            // `profiles help show`: the help of `profiles show`.
            const QStringList wanted = path + words.mid(i + 1);
            QString unknown;
            if (!findCommand(root, wanted, &unknown))
                return unknownCommand(root, wanted.mid(0, wanted.indexOf(unknown)), unknown);
            writeData(helpText(root, wanted).toUtf8());
            return ExitCode::Ok;
        }
        const Command *sub = node->find(word);
        if (!sub)
            return unknownCommand(root, path, word);
        node = sub;
        path << sub->name;
        ++i;
    }
    return runLeaf(*node, path, words.mid(i));
}

} // namespace bl::cli
