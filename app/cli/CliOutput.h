// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace bl::cli {

/// The one translation context of the command line: every string of app/cli is extracted as
/// "bl::cli" (lupdate sees the macro).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(bl::cli)
};

// Where the command line writes: text for people (progress, warnings, errors, hints) goes to
// stderr; data (listings, JSON, help texts, a job id) goes to stdout.

/// A line for people on stderr, "beam-launcher: " first; control characters other than the
/// line breaks are written out (\e, \t...), so a name or value cannot drive the terminal.
void say(const QString &text);
/// A line for people on stderr, as it is (compiler diagnostics, several lines of usage).
void printError(const QString &text);
/// An error for people on stderr and, with --json, an "error" event on stdout.
void reportError(bool json, const QString &text);

/// Data on stdout: `text` and a line break, flushed.
void printData(const QString &text);
/// Bytes on stdout as they are (a JSON document), flushed.
void writeData(const QByteArray &bytes);
/// One JSON event a line on stdout: `fields` with "event": `name`.
void printEvent(const QString &name, QJsonObject fields);

/// Text for a terminal: control characters of each line written out, line breaks kept.
QString terminalSafe(const QString &text);

} // namespace bl::cli
