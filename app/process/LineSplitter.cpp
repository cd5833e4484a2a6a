// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/LineSplitter.h"

#include <algorithm>

namespace bl {

namespace {

// How many bytes at the end of `bytes` start a UTF-8 sequence that is not complete yet.
qsizetype incompleteTail(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    for (qsizetype i = 1; i <= std::min<qsizetype>(3, n); ++i) {
        const auto b = static_cast<unsigned char>(bytes[n - i]);
        if ((b & 0xC0) == 0x80)
            continue; // continuation byte: keep looking for the lead byte
        if (b < 0x80 || b >= 0xF8)
            return 0; // ASCII or never valid: nothing to wait for
        const qsizetype needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
        return needed > i ? i : 0;
    }
    return 0;
}

} // namespace

LineSplitter::LineSplitter(qsizetype maxLineLength)
    : m_maxLineLength(std::max<qsizetype>(maxLineLength, 2))
{
}

QStringList LineSplitter::feed(QByteArrayView bytes)
{
    QStringList lines;
    if (bytes.isEmpty())
        return lines;
    QByteArray data;
    if (!m_heldBytes.isEmpty()) {
        data = m_heldBytes + bytes.toByteArray();
        m_heldBytes.clear();
        bytes = data;
    }
    const qsizetype tail = incompleteTail(bytes);
    if (tail > 0) {
        m_heldBytes = bytes.last(tail).toByteArray();
        bytes = bytes.first(bytes.size() - tail);
    }
    appendText(QString::fromUtf8(bytes), lines);
    return lines;
}

QStringList LineSplitter::finish()
{
    QStringList lines;
    if (!m_heldBytes.isEmpty()) {
        appendText(QString::fromUtf8(m_heldBytes), lines);
        m_heldBytes.clear();
    }
    if (!m_partial.isEmpty())
        lines.append(std::exchange(m_partial, QString()));
    m_afterCarriageReturn = false;
    return lines;
}

void LineSplitter::appendText(QStringView text, QStringList &lines)
{
    qsizetype pos = 0;
    const qsizetype size = text.size();
    if (m_afterCarriageReturn && size > 0) {
        m_afterCarriageReturn = false;
        if (text.front() == u'\n')
            pos = 1; // the "\n" of a "\r\n" split across two reads
    }
    while (pos < size) {
        qsizetype end = pos;
        while (end < size && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        m_partial.append(text.mid(pos, end - pos));
        cutLongLine(lines);
        if (end == size)
            break;
        lines.append(std::exchange(m_partial, QString()));
        if (text[end] == u'\r') {
            if (end + 1 < size) {
                if (text[end + 1] == u'\n')
                    ++end;
            } else {
                m_afterCarriageReturn = true;
            }
        }
        pos = end + 1;
    }
}

void LineSplitter::cutLongLine(QStringList &lines)
{
    while (m_partial.size() > m_maxLineLength) {
        qsizetype cut = m_maxLineLength;
        if (m_partial.at(cut - 1).isHighSurrogate())
            --cut; // never split a surrogate pair
        lines.append(m_partial.left(cut));
        m_partial.remove(0, cut);
    }
}

} // namespace bl
