// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/TerminalText.h"

namespace bl::TerminalText {

namespace {

constexpr char16_t Esc = 0x1b;
constexpr char16_t Bel = 0x07;

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

/// Skips a string-type sequence body (OSC, DCS, SOS, PM, APC) from `i`; returns the index after
/// its terminator: BEL, ESC \ or the 8-bit ST (0x9c); the text's end if it has none.
qsizetype skipString(const QString &text, qsizetype i)
{
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == Bel || c == 0x9c)
            return i + 1;
        if (c == Esc && i + 1 < text.size() && text.at(i + 1) == u'\\')
            return i + 2;
    }
    return i;
}

/// Skips a CSI body (parameters and intermediates, then one final byte 0x40-0x7e).
qsizetype skipCsi(const QString &text, qsizetype i)
{
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0x40 && c <= 0x7e)
            return i + 1;
        if (c < 0x20 || c > 0x3f) // not a parameter or intermediate byte: a broken sequence ends here
            return i;
    }
    return i;
}

} // namespace

bool hasControlCharacters(const QString &text)
{
    for (const QChar ch : text) {
        if (isControl(ch.unicode()))
            return true;
    }
    return false;
}

QString escaped(const QString &text)
{
    if (!hasControlCharacters(text))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isControl(c)) {
            out.append(ch);
            continue;
        }
        switch (c) {
        case u'\n':
            out.append(QLatin1String("\\n"));
            break;
        case u'\t':
            out.append(QLatin1String("\\t"));
            break;
        case u'\r':
            out.append(QLatin1String("\\r"));
            break;
        case Esc:
            out.append(QLatin1String("\\e"));
            break;
        default:
            out.append(QLatin1String("\\x")).append(QString::number(c, 16).rightJustified(2, u'0'));
            break;
        }
    }
    return out;
}

QString stripped(const QString &text)
{
    bool plain = true;
    for (const QChar ch : text) {
        if (isControl(ch.unicode()) && ch != u'\t') {
            plain = false;
            break;
        }
    }
    if (plain)
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i).unicode();
        if (c == Esc) {
            if (i + 1 >= text.size())
                break;
            const char16_t next = text.at(i + 1).unicode();
            if (next == u'[') {
                i = skipCsi(text, i + 2);
            } else if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_') {
                i = skipString(text, i + 2);
            } else {
                // ESC, intermediates (0x20-0x2f), one final byte (0x30-0x7e).
                i += 1;
                while (i < text.size() && text.at(i).unicode() >= 0x20 && text.at(i).unicode() <= 0x2f)
                    ++i;
                if (i < text.size() && text.at(i).unicode() >= 0x30 && text.at(i).unicode() <= 0x7e)
                    ++i;
            }
            continue;
        }
        if (c == 0x9b) { // 8-bit CSI
            i = skipCsi(text, i + 1);
            continue;
        }
        if (c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) { // 8-bit OSC, DCS, SOS, PM, APC
            i = skipString(text, i + 1);
            continue;
        }
        if (isControl(c) && c != u'\t') {
            ++i;
            continue;
        }
        out.append(text.at(i));
        ++i;
    }
    return out;
}

} // namespace bl::TerminalText
