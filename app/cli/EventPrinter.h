// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSession.h"

#include <QJsonObject>
#include <QObject>

#include <cstdio>
#include <optional>

namespace bl::cli {

/// Shows a LaunchSession's signals on the terminal: as text for people (progress on stderr,
/// the launcher's own output on its own streams), or with --json as one JSON object per line
/// on stdout, each with an "event" field, while the text for people goes to stderr.
/// What goes to a terminal is stripped of terminal control sequences (TerminalText), unless
/// setRaw(true) (--raw); pipes, files and the JSON events get every character as it came.
class EventPrinter final : public QObject
{
    Q_OBJECT

public:
    EventPrinter(LaunchSession *session, bool json, QObject *parent = nullptr);

    /// Reports an error that happened before any session started (bad usage).
    void error(const QString &message);
    /// Keep the launcher's terminal control sequences even on a terminal (--raw).
    void setRaw(bool raw) { m_raw = raw; }

private:
    void event(const QString &name, QJsonObject fields);
    void human(const QString &text);
    void write(FILE *stream, const QString &text);
    /// A build's progress: one line rewritten in place on a terminal (both builds on it), else
    /// a plain line per build when its phase changes and at most every 5 s.
    void showProgress(const BuildProgress &progress);
    void clearProgressLine();

    LaunchSession *m_session;
    bool m_json;
    bool m_raw = false;
    /// "[launcher build] " or "[worker build] ": what a build says, for people.
    static QString buildTag(BuildTarget target);
    std::optional<BuildProgress> m_progress[2];
    double m_plainProgressAt[2] = {-1, -1}; ///< build seconds of the last plain progress line
    bool m_progressLineShown = false;
    qsizetype m_progressLineLength = 0; ///< characters of the progress line shown, to cover
};

} // namespace bl::cli
