// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/Constants.h"
#include "process/LineSplitter.h"

#include <QString>
#include <QStringList>

namespace bl {

/// Replaces secret values with ******** in the lines of a child's output channels.
///
/// A line longer than the line splitter's limit reaches us in pieces, and a secret may
/// straddle a cut. So a piece of exactly the limit's length (the only kind a cut makes) is
/// held back until the next line of its channel, or flush(); a secret that runs across the
/// two is masked on both sides. A real line of exactly that length is merely shown a little
/// later; lines are never joined or split here.
class SecretMasker final
{
public:
    /// Values shorter than MinMaskedLength are ignored (they would mask innocent words).
    explicit SecretMasker(const QStringList &secretValues = {},
                          qsizetype cutLength = LineSplitter::DefaultMaxLineLength);

    bool isEmpty() const { return m_secrets.isEmpty(); }
    /// The next lines of `channel` (0 or 1), masked; may hold back the last one (see above).
    QStringList mask(int channel, const QStringList &lines);
    /// What is still held back for `channel`, masked; call it when the channel has ended.
    QStringList flush(int channel);

    /// One whole line (never cut), masked with this masker's secrets.
    QString maskLine(const QString &line) const { return m_secrets.isEmpty() ? line : mask(line, m_secrets); }
    /// `line` with every occurrence of every value in `secretValues` replaced by the mask.
    static QString mask(const QString &line, const QStringList &secretValues);

private:
    struct Held
    {
        QString raw;
        qsizetype headMasked = 0; ///< leading characters that end a secret begun in the piece before
        bool present = false;
    };
    QString finish(const Held &piece, qsizetype tailMasked) const;

    QStringList m_secrets;
    qsizetype m_cutLength;
    Held m_held[2];
};

} // namespace bl
