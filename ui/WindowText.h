// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QLocale>
#include <QString>

namespace bl {

/// The window's strings keep the translation context "bl::MainWindow" in whichever of its
/// panels they are shown, so the catalogues stay valid as the window is split up.
struct WindowText
{
    Q_DECLARE_TR_FUNCTIONS(bl::MainWindow)
};

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
    return WindowText::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace bl
