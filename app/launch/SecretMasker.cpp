// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/SecretMasker.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace bl {

namespace {

using Range = QPair<qsizetype, qsizetype>; // [first, second)

// Every range of `text` covered by a secret, merged and sorted.
QList<Range> secretRanges(const QString &text, const QStringList &secrets, QList<Range> ranges = {})
{
    for (const QString &secret : secrets) {
        for (qsizetype at = text.indexOf(secret); at >= 0; at = text.indexOf(secret, at + 1))
            ranges.append({at, at + secret.size()});
    }
    std::sort(ranges.begin(), ranges.end());
    QList<Range> merged;
    for (const Range &r : std::as_const(ranges)) {
        if (r.first >= r.second)
            continue;
        if (!merged.isEmpty() && r.first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, r.second);
        else
            merged.append(r);
    }
    return merged;
}

QString replaceRanges(const QString &text, const QList<Range> &ranges)
{
    if (ranges.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (const Range &r : ranges) {
        out += QStringView(text).mid(from, r.first - from);
        out += SecretMask;
        from = r.second;
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace

SecretMasker::SecretMasker(const QStringList &secretValues, qsizetype cutLength)
    : m_cutLength(cutLength)
{
    for (const QString &value : secretValues) {
        if (value.size() >= MinMaskedLength && !m_secrets.contains(value))
            m_secrets << value;
    }
}

QString SecretMasker::mask(const QString &line, const QStringList &secretValues)
{
    QStringList usable;
    for (const QString &value : secretValues) {
        if (!value.isEmpty())
            usable << value;
    }
    return replaceRanges(line, secretRanges(line, usable));
}

QString SecretMasker::finish(const Held &piece, qsizetype tailMasked) const
{
    QList<Range> forced;
    if (piece.headMasked > 0)
        forced.append({0, piece.headMasked});
    if (tailMasked > 0)
        forced.append({piece.raw.size() - tailMasked, piece.raw.size()});
    return replaceRanges(piece.raw, secretRanges(piece.raw, m_secrets, forced));
}

QStringList SecretMasker::mask(int channel, const QStringList &lines)
{
    if (m_secrets.isEmpty())
        return lines;
    Held &held = m_held[channel == 0 ? 0 : 1];
    QStringList out;
    out.reserve(lines.size());
    for (const QString &line : lines) {
        qsizetype headMasked = 0;
        if (held.present) {
            // Does a secret begin at the end of the held piece and go on at the start of this line?
            qsizetype tailMasked = 0;
            for (const QString &secret : std::as_const(m_secrets)) {
                for (qsizetype j = 1; j < secret.size(); ++j) {
                    if (held.raw.endsWith(QStringView(secret).left(j)) && line.startsWith(QStringView(secret).mid(j))) {
                        tailMasked = std::max(tailMasked, j);
                        headMasked = std::max(headMasked, secret.size() - j);
                    }
                }
            }
            out << finish(held, tailMasked);
            held = Held();
        }
        // A piece a cut may have ended waits for what follows it.
        if (line.size() >= m_cutLength - 1 && line.size() <= m_cutLength) {
            held = Held{line, headMasked, true};
            continue;
        }
        out << finish(Held{line, headMasked, true}, 0);
    }
    return out;
}

QStringList SecretMasker::flush(int channel)
{
    Held &held = m_held[channel == 0 ? 0 : 1];
    if (!held.present)
        return {};
    const QString last = finish(held, 0);
    held = Held();
    return {last};
}

} // namespace bl
