// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/Diagnostic.h"

namespace bl {

QString Diagnostic::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text = file;
        if (line > 0)
            text += u':' + QString::number(line);
        if (column > 0)
            text += u':' + QString::number(column);
        text += QStringLiteral(": ");
    }
    return text + message;
}

QString Diagnostic::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Note:
        return QStringLiteral("note");
    }
    return QString();
}

} // namespace bl
