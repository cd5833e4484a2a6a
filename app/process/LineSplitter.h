// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bl {

/// Turns a byte stream from one output channel into text lines.
///
/// UTF-8 sequences split across reads are held back until complete, so the
/// result does not depend on how the stream was chunked; invalid bytes become
/// U+FFFD. Lines end at "\n", "\r\n" or a lone "\r" (progress output); a line
/// longer than maxLineLength() is cut into pieces of at most that length.
class LineSplitter final
{
public:
    static constexpr qsizetype DefaultMaxLineLength = 16 * 1024;

    explicit LineSplitter(qsizetype maxLineLength = DefaultMaxLineLength);

    qsizetype maxLineLength() const { return m_maxLineLength; }

    /// Feeds the next bytes; returns the lines they completed.
    QStringList feed(QByteArrayView bytes);
    /// Ends the stream: returns the last, unterminated line if there is one.
    QStringList finish();

private:
    void appendText(QStringView text, QStringList &lines);
    void cutLongLine(QStringList &lines);

    qsizetype m_maxLineLength;
    QByteArray m_heldBytes;
    QString m_partial;
    bool m_afterCarriageReturn = false;
};

} // namespace bl
