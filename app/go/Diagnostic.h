// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace bl {

/// One problem reported by the Go toolchain (compiler, vet, linker, module loader).
struct Diagnostic
{
    enum class Severity { Error, Warning, Note };

    QString file;    ///< absolute path with '/' separators; empty when the problem has no file
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown
    Severity severity = Severity::Error;
    QString message; ///< continuation lines joined with '\n'
    QString package; ///< import path from the "# pkg" header, when there was one

    /// "file:line:col: message", the form Go itself prints.
    QString toString() const;
    static QString severityName(Severity severity);

    friend bool operator==(const Diagnostic &a, const Diagnostic &b)
    {
        return a.file == b.file && a.line == b.line && a.column == b.column
            && a.severity == b.severity && a.message == b.message && a.package == b.package;
    }
    friend bool operator!=(const Diagnostic &a, const Diagnostic &b) { return !(a == b); }
};

using Diagnostics = QList<Diagnostic>;

} // namespace bl

Q_DECLARE_METATYPE(bl::Diagnostic)
