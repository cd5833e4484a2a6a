// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Diagnostic.h"

#include <QString>

namespace bl {

/// Turns the text output of `go build`, `go vet` and `go list` into diagnostics.
///
/// Feed it line by line as the output arrives (stdout and stderr alike); a diagnostic is
/// complete once the next line shows it has no more continuation lines, or at finish().
/// Understands `file:line[:col]: message` lines (compiler, vet, go.mod, cgo/gcc with
/// "error:", "warning:" and "note:"), tab-indented continuation lines, `# import/path`
/// headers, the linker's lines without a position, and the go command's own errors
/// (`go: ...`, "no Go files in ...", "package x is not in std", ...). Anything else,
/// such as the package list of `go build -v`, yields nothing. Relative paths resolve
/// against the working directory the go command ran in.
class GoDiagnosticsParser final
{
public:
    explicit GoDiagnosticsParser(const QString &workingDirectory);

    void addLine(const QString &line);
    void finish();
    Diagnostics takeDiagnostics();

    static Diagnostics parse(const QString &output, const QString &workingDirectory);

    /// `path` made absolute against `workingDirectory`, with '/' separators and cleaned.
    static QString absolutePath(const QString &path, const QString &workingDirectory);

private:
    void complete();
    void start(Diagnostic diagnostic);
    bool handlePositionLine(const QString &line);
    bool handleToolLine(const QString &line);

    QString m_workingDirectory;
    QString m_package;          ///< from the last "# pkg" header
    bool m_inPackageBlock = false;
    bool m_linkerOutput = false; ///< after "running gcc failed": the external linker's lines follow
    bool m_hasPending = false;
    Diagnostic m_pending;
    Diagnostics m_done;
};

} // namespace bl
