// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace bl {

/// A place in a file as Go's tools print it, "file:line[:column]": the one parser of such
/// positions, for the Problems list (GoDiagnosticsParser) and for links in output panes
/// (OutputLineParser), so that whatever is listed as a problem is also clickable.
struct GoPosition
{
    qsizetype start = 0;        ///< where the reference begins in the line
    qsizetype length = 0;       ///< up to and including the line or column number
    QString file;               ///< as written in the line
    int line = 0;               ///< 1-based
    int column = 0;             ///< 0 when the reference has none
    qsizetype messageStart = -1; ///< atLineStart() only: where the text after ": " begins

    /// The position a line of go build / vet / list output starts with, as in
    /// "./main.go:12:3: msg", "go.mod:4: msg", "vet: x.go:1:2: msg" or
    /// "/dir with spaces/main.go:7:1: msg". A file with spaces must look like a path
    /// ("time 12:30: x" is not a position).
    static std::optional<GoPosition> atLineStart(QStringView line);

    /// Every position in a line worth a link: the one at its start when it names a Go
    /// source or module file, and "*.go", "go.mod", "go.sum", "go.work" references anywhere
    /// (stack traces, log lines), which cannot contain spaces. Sorted, never overlapping.
    static QList<GoPosition> findAll(QStringView line);
};

} // namespace bl
