// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoDiagnostics.h"

#include "go/GoPosition.h"

#include <QDir>
#include <QRegularExpression>

namespace bl {

namespace {

// gcc's context lines around a cgo diagnostic: they repeat what the next line says.
const QRegularExpression &gccContextPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:.*: )?In (?:file included from|function|member function|static member function|)"
        R"(instantiation|constructor|destructor|lambda function)\b|: At (?:top level|global scope):$|)"
        R"(^compilation terminated\.$)"));
    return re;
}

// Errors the go command prints without a position and without "go: ".
const QRegularExpression &toolErrorPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:no Go files in |package \S+|no required module provides package |)"
        R"(cannot find (?:module providing )?package |can't load package: |stat .*: |)"
        R"(build constraints exclude all Go files in |main module \(.*\) does not contain package |)"
        R"(directory .* outside |found packages .* in |import cycle not allowed|malformed import path |)"
        R"(go (?:build|vet|list|run|install)(?: \S+)?: |flag provided but not defined: |invalid flag |)"
        R"(pattern \S+: |named files must |cannot (?:use|write|load) |too many errors$|)"
        R"(module \S+ found .* but does not contain package ))"));
    return re;
}

// Progress lines of the go command that are not problems.
const QRegularExpression &goProgressPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^go: (?:downloading|finding|extracting|added|upgraded|downgraded|removed|found|)"
        R"(switching to|creating new go\.mod|to add module requirements) |^go: errors parsing \S+:$)"));
    return re;
}

// What `go build -v` prints: one import path per line.
const QRegularExpression &importPathPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(^[A-Za-z0-9_.~+\-/]+$)"));
    return re;
}

const QRegularExpression &linkerFailedPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(: running \S+ failed: )"));
    return re;
}

// Splits a leading "error: ", "warning: " or "note: " off the message (gcc, go vet
// analyzers); otherwise any "warning:" in the text makes it a warning.
void classify(Diagnostic &d, const QString &message)
{
    static const struct { QLatin1String prefix; Diagnostic::Severity severity; } prefixes[] = {
        {QLatin1String("error: "), Diagnostic::Severity::Error},
        {QLatin1String("fatal error: "), Diagnostic::Severity::Error},
        {QLatin1String("warning: "), Diagnostic::Severity::Warning},
        {QLatin1String("note: "), Diagnostic::Severity::Note},
    };
    for (const auto &p : prefixes) {
        if (message.startsWith(p.prefix)) {
            d.severity = p.severity;
            d.message = message.mid(p.prefix.size());
            return;
        }
    }
    d.message = message;
    d.severity = message.contains(QLatin1String("warning:")) ? Diagnostic::Severity::Warning
                                                             : Diagnostic::Severity::Error;
}

bool isAbsolute(const QString &path)
{
    // Drive letters and UNC paths count on every host: output may come from a Windows go.
    if (path.size() >= 3 && path.at(0).isLetter() && path.at(1) == u':' && path.at(2) == u'/')
        return true;
    return path.startsWith(u'/');
}

} // namespace

GoDiagnosticsParser::GoDiagnosticsParser(const QString &workingDirectory)
    : m_workingDirectory(workingDirectory)
{
}

QString GoDiagnosticsParser::absolutePath(const QString &path, const QString &workingDirectory)
{
    // Backslashes are separators whatever the host: the output may come from a Windows go,
    // and no Go source path on Unix contains one.
    QString p = path;
    p.replace(u'\\', u'/');
    if (isAbsolute(p) || workingDirectory.isEmpty())
        return QDir::cleanPath(p);
    QString wd = workingDirectory;
    wd.replace(u'\\', u'/');
    return QDir::cleanPath(wd + u'/' + p);
}

void GoDiagnosticsParser::addLine(const QString &rawLine)
{
    QString line = rawLine;
    while (line.endsWith(u'\r') || line.endsWith(u'\n'))
        line.chop(1);

    if (line.startsWith(u'\t')) {
        if (m_hasPending)
            m_pending.message += u'\n' + line.mid(1);
        return;
    }
    if (line.trimmed().isEmpty() || line.front().isSpace())
        return; // gcc's source excerpts and "inlined from" lines are indented with spaces

    if (line.startsWith(QLatin1String("# "))) {
        complete();
        QString package = line.mid(2).trimmed();
        if (package.startsWith(u'[') && package.endsWith(u']')) // go vet's "# [pkg]"
            package = package.mid(1, package.size() - 2);
        m_package = package;
        m_inPackageBlock = true;
        m_linkerOutput = false;
        return;
    }

    if (m_linkerOutput && m_inPackageBlock && m_hasPending) {
        // The external linker's command line and its messages explain the failure.
        m_pending.message += u'\n' + line;
        return;
    }

    if (handlePositionLine(line))
        return;
    handleToolLine(line);
}

bool GoDiagnosticsParser::handlePositionLine(const QString &line)
{
    if (line.startsWith(QLatin1String("go: ")))
        return false;
    const std::optional<GoPosition> position = GoPosition::atLineStart(line);
    if (!position)
        return false;

    Diagnostic d;
    d.file = absolutePath(position->file, m_workingDirectory);
    d.line = position->line;
    d.column = position->column;
    classify(d, line.mid(position->messageStart));
    d.package = m_inPackageBlock ? m_package : QString();
    start(d);
    return true;
}

bool GoDiagnosticsParser::handleToolLine(const QString &line)
{
    if (gccContextPattern().match(line).hasMatch())
        return false;

    Diagnostic d;
    if (line.startsWith(QLatin1String("go: "))) {
        if (goProgressPattern().match(line).hasMatch())
            return false;
        // The go command's own errors are about the whole build, not the last package.
        m_inPackageBlock = false;
        classify(d, line.mid(4));
        start(d);
        return true;
    }
    if (line.startsWith(QLatin1String("note: "))) {
        classify(d, line);
        d.package = m_inPackageBlock ? m_package : QString();
        start(d);
        return true;
    }
    if (m_inPackageBlock) {
        // Inside "# pkg" everything is that package's output: linker errors have no position.
        if (importPathPattern().match(line).hasMatch())
            return false;
        classify(d, line);
        d.package = m_package;
        start(d);
        m_linkerOutput = linkerFailedPattern().match(line).hasMatch();
        return true;
    }
    if (toolErrorPattern().match(line).hasMatch() || line.contains(QLatin1String("warning:"))) {
        classify(d, line);
        start(d);
        return true;
    }
    return false;
}

void GoDiagnosticsParser::start(Diagnostic diagnostic)
{
    complete();
    m_pending = std::move(diagnostic);
    m_hasPending = true;
}

void GoDiagnosticsParser::complete()
{
    if (!m_hasPending)
        return;
    m_done.append(m_pending);
    m_pending = Diagnostic();
    m_hasPending = false;
}

void GoDiagnosticsParser::finish()
{
    complete();
    m_inPackageBlock = false;
    m_linkerOutput = false;
}

Diagnostics GoDiagnosticsParser::takeDiagnostics()
{
    Diagnostics result;
    result.swap(m_done);
    return result;
}

Diagnostics GoDiagnosticsParser::parse(const QString &output, const QString &workingDirectory)
{
    GoDiagnosticsParser parser(workingDirectory);
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines)
        parser.addLine(line);
    parser.finish();
    return parser.takeDiagnostics();
}

} // namespace bl
