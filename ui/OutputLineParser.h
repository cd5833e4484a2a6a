// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace bl {

/// Finds the few things worth highlighting in one line of output: log level words and Go
/// panics for colour, and the file positions GoPosition::findAll() finds for links (the same
/// parser the Problems list uses). Cheap by design: plain substring scans, a regular
/// expression only when a line mentions a Go file.
class OutputLineParser final
{
public:
    enum class Kind { Error, Warning, Info, Debug, Link };
    struct Span
    {
        int start = 0;
        int length = 0;
        Kind kind = Kind::Info;
        QString file; ///< Link only: the path as written in the line
        int line = 0; ///< Link only
        int column = 0; ///< Link only; 0 when the reference had none
        friend bool operator==(const Span &a, const Span &b)
        {
            return a.start == b.start && a.length == b.length && a.kind == b.kind && a.file == b.file
                && a.line == b.line && a.column == b.column;
        }
    };
    using Spans = QList<Span>;

    /// Spans sorted by start, never overlapping.
    static Spans parse(QStringView line);

    /// Anchor target that OutputPane stores in link formats, and its inverse.
    static QString linkHref(const QString &file, int line, int column);
    static bool parseLinkHref(const QString &href, QString *file, int *line, int *column);
};

} // namespace bl
