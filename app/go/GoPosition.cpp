// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoPosition.h"

#include <QRegularExpression>

#include <algorithm>

namespace bl {

namespace {

// file:line[:column]: message, optionally behind vet's "vet: ". The file may carry a
// Windows drive letter; it never starts with white space (gcc's "inlined from" lines do).
const QRegularExpression &lineStartPattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:vet: )?((?:[A-Za-z]:)?[^\s:][^:\t]*?):(\d+)(?::(\d+))?: (.*)$)"));
    return re;
}

// A Go source or module file anywhere in a line: no spaces, quotes or brackets in the path.
const QRegularExpression &anywherePattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?<![\w./\\-])((?:[A-Za-z]:)?(?:[^\s:"'()<>\[\]]*\.go|(?:[^\s:"'()<>\[\]]*[/\\])?go\.(?:mod|sum|work))))"
        R"(:(\d+)(?::(\d+))?)"));
    return re;
}

bool isGoFile(QStringView file)
{
    if (file.endsWith(u".go"))
        return true;
    const QStringView name = file.mid(std::max(file.lastIndexOf(u'/'), file.lastIndexOf(u'\\')) + 1);
    return name == u"go.mod" || name == u"go.sum" || name == u"go.work";
}

GoPosition fromMatch(const QRegularExpressionMatch &m)
{
    GoPosition p;
    p.start = m.capturedStart(1);
    p.length = (m.capturedLength(3) > 0 ? m.capturedEnd(3) : m.capturedEnd(2)) - p.start;
    p.file = m.captured(1);
    p.line = m.capturedView(2).toInt();
    p.column = m.capturedLength(3) > 0 ? m.capturedView(3).toInt() : 0;
    return p;
}

} // namespace

std::optional<GoPosition> GoPosition::atLineStart(QStringView line)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const QRegularExpressionMatch m = lineStartPattern().matchView(line); // match(QStringView) is deprecated
#else
    const QRegularExpressionMatch m = lineStartPattern().match(line);
#endif
    if (!m.hasMatch())
        return std::nullopt;
    const QStringView file = m.capturedView(1);
    if (file.contains(u' ') && !file.contains(u'/') && !file.contains(u'\\'))
        return std::nullopt;
    GoPosition p = fromMatch(m);
    p.messageStart = m.capturedStart(4);
    return p;
}

QList<GoPosition> GoPosition::findAll(QStringView line)
{
    QList<GoPosition> found;
    // A plain scan first: most lines of a flood name no Go file.
    if (!line.contains(u".go:") && !line.contains(u"go.mod:") && !line.contains(u"go.sum:")
        && !line.contains(u"go.work:"))
        return found;
    if (const std::optional<GoPosition> first = atLineStart(line); first && first->line > 0 && isGoFile(first->file))
        found.append(*first);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    auto it = anywherePattern().globalMatchView(line); // globalMatch(QStringView) is deprecated
#else
    auto it = anywherePattern().globalMatch(line);
#endif
    while (it.hasNext()) {
        GoPosition p = fromMatch(it.next());
        const bool overlaps = std::any_of(found.cbegin(), found.cend(), [&p](const GoPosition &q) {
            return p.start < q.start + q.length && q.start < p.start + p.length;
        });
        if (p.line > 0 && !overlaps)
            found.append(p);
    }
    std::sort(found.begin(), found.end(), [](const GoPosition &a, const GoPosition &b) { return a.start < b.start; });
    return found;
}

} // namespace bl
