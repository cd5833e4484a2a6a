// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// Any go command output must parse without a crash; taking the diagnostics after every line
// must give the same as taking them once at the end; no position is negative.
#include "go/GoDiagnostics.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    bl::GoDiagnosticsParser parser(QStringLiteral("/work/pipeline"));
    const QStringList lines = text.split(u'\n');
    bl::Diagnostics found;
    for (const QString &line : lines) {
        parser.addLine(line);
        found += parser.takeDiagnostics();
    }
    parser.finish();
    found += parser.takeDiagnostics();
    const bl::Diagnostics once = bl::GoDiagnosticsParser::parse(text, QStringLiteral("/work/pipeline"));
    if (found != once)
        std::abort();
    for (const bl::Diagnostic &d : found) {
        if (d.line < 0 || d.column < 0)
            std::abort();
    }
    return 0;
}
