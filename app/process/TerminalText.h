// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

/// Text that reaches a terminal, made safe: nothing in a profile name, a value or a launched
/// program's output can move the cursor, clear the screen, set the window title or write the
/// clipboard (OSC 52) of the user's terminal. The log files and --json keep the text as it was.
namespace bl::TerminalText {

/// True when `text` holds a control character: C0 (U+0000-U+001F, tab and newline included),
/// DEL or C1 (U+0080-U+009F). Names with one are refused at entry.
bool hasControlCharacters(const QString &text);

/// `text` with every control character written out visibly: \n, \t, \r, \e, else \xHH
/// (\u{HHHH} above 0xFF). Everything else is kept, backslashes too.
QString escaped(const QString &text);

/// `text` without terminal control sequences: ESC sequences (CSI, OSC, DCS, SOS, PM, APC and the
/// short ones), their 8-bit C1 forms, and any other control character but tab, which is kept.
/// Sequences cut off at the end of the text are dropped too.
QString stripped(const QString &text);

} // namespace bl::TerminalText
