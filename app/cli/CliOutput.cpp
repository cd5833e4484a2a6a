// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "CliOutput.h"

#include "process/TerminalText.h"

#include <QJsonDocument>

#include <cstdio>

namespace bl::cli {

namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

QString terminalSafe(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = TerminalText::escaped(line);
    return lines.join(u'\n');
}

void say(const QString &text)
{
    printError(QStringLiteral("beam-launcher: ") + terminalSafe(text));
}

void printError(const QString &text)
{
    std::fflush(stdout); // what was said before stays before
    write(stderr, (text + u'\n').toUtf8());
}

void reportError(bool json, const QString &text)
{
    printError(QStringLiteral("beam-launcher: ") + CliText::tr("error: %1").arg(text));
    if (json)
        printEvent(QStringLiteral("error"), {{QStringLiteral("message"), text}});
}

void printData(const QString &text)
{
    write(stdout, (text + u'\n').toUtf8());
}

void writeData(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void printEvent(const QString &name, QJsonObject fields)
{
    fields.insert(QStringLiteral("event"), name);
    write(stdout, QJsonDocument(fields).toJson(QJsonDocument::Compact) + '\n');
}

} // namespace bl::cli
