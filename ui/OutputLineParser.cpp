// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "OutputLineParser.h"

#include "go/GoPosition.h"

#include <QUrl>

#include <algorithm>
#include <iterator>

namespace bl {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

struct LevelWord
{
    QStringView word;
    OutputLineParser::Kind kind;
};

// Upper-case level words as printed by log, slog ("level=ERROR"), glog-ish loggers and Beam.
constexpr LevelWord levelWords[] = {
    {u"ERROR", OutputLineParser::Kind::Error},   {u"FATAL", OutputLineParser::Kind::Error},
    {u"PANIC", OutputLineParser::Kind::Error},   {u"WARNING", OutputLineParser::Kind::Warning},
    {u"WARN", OutputLineParser::Kind::Warning},  {u"INFO", OutputLineParser::Kind::Info},
    {u"DEBUG", OutputLineParser::Kind::Debug},   {u"TRACE", OutputLineParser::Kind::Debug},
};

bool overlaps(const OutputLineParser::Spans &spans, int start, int length)
{
    return std::any_of(spans.cbegin(), spans.cend(), [&](const OutputLineParser::Span &s) {
        return start < s.start + s.length && s.start < start + length;
    });
}

} // namespace

OutputLineParser::Spans OutputLineParser::parse(QStringView line)
{
    Spans spans;
    const QList<GoPosition> positions = GoPosition::findAll(line);
    for (const GoPosition &p : positions)
        spans.append({int(p.start), int(p.length), Kind::Link, p.file, p.line, p.column});
    const auto addWord = [&](qsizetype from, QStringView word, Kind kind, bool needBoundaryAfter) {
        while (true) {
            const qsizetype at = line.indexOf(word, from);
            if (at < 0)
                return;
            from = at + word.size();
            const bool startOk = at == 0 || !isWordChar(line.at(at - 1));
            const bool endOk = !needBoundaryAfter || from >= line.size() || !isWordChar(line.at(from));
            if (startOk && endOk && !overlaps(spans, int(at), int(word.size()))) {
                spans.append({int(at), int(word.size()), kind, QString(), 0, 0});
                return; // one level word per kind is enough to colour a line
            }
        }
    };
    for (const auto &level : levelWords)
        addWord(0, level.word, level.kind, true);
    addWord(0, u"panic:", Kind::Error, false);
    addWord(0, u"fatal error:", Kind::Error, false);
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.start < b.start; });
    return spans;
}

QString OutputLineParser::linkHref(const QString &file, int line, int column)
{
    // Scheme + line + column first, so the path may contain anything, colons included.
    return QStringLiteral("bl-source:%1:%2:").arg(line).arg(column)
        + QString::fromLatin1(QUrl::toPercentEncoding(file, "/"));
}

bool OutputLineParser::parseLinkHref(const QString &href, QString *file, int *line, int *column)
{
    static const QString scheme = QStringLiteral("bl-source:");
    if (!href.startsWith(scheme))
        return false;
    const QStringView rest = QStringView(href).mid(scheme.size());
    const qsizetype firstColon = rest.indexOf(u':');
    const qsizetype secondColon = firstColon < 0 ? -1 : rest.indexOf(u':', firstColon + 1);
    if (secondColon < 0)
        return false;
    bool lineOk = false;
    bool columnOk = false;
    const int l = rest.left(firstColon).toInt(&lineOk);
    const int c = rest.mid(firstColon + 1, secondColon - firstColon - 1).toInt(&columnOk);
    if (!lineOk || !columnOk)
        return false;
    *file = QUrl::fromPercentEncoding(rest.mid(secondColon + 1).toUtf8());
    *line = l;
    *column = c;
    return true;
}

} // namespace bl
