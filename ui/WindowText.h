// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UiText.h"

#include <QIcon>
#include <QLocale>
#include <QString>

/// Small helpers the window's panels share (the window's strings are UiText's: UiText.h).
namespace bl {

/// One of our own icons, :/beam-launcher/icons/<name>.svg.
inline QIcon ownIcon(const char *name)
{
    return QIcon(QStringLiteral(":/beam-launcher/icons/%1.svg").arg(QLatin1String(name)));
}

/// `text` for a rich-text label: escaped, its line breaks kept.
inline QString htmlEscapedLines(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

/// "1.5 s", in the user's locale.
inline QString windowSeconds(qint64 ms)
{
    return UiText::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace bl
