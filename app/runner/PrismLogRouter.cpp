// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "runner/PrismLogRouter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bl {

namespace {

RunnerLine::Level levelFromSlog(const QString &level)
{
    // slog writes DEBUG, INFO, WARN, ERROR, and offsets such as "DEBUG-4" (trace) or "ERROR+2" (critical).
    const QString base = level.section(u'+', 0, 0).section(u'-', 0, 0).toUpper();
    if (base == u"DEBUG" || base == u"TRACE")
        return RunnerLine::Level::Debug;
    if (base == u"INFO" || base == u"NOTICE")
        return RunnerLine::Level::Info;
    if (base == u"WARN" || base == u"WARNING")
        return RunnerLine::Level::Warning;
    if (base == u"ERROR" || base == u"CRITICAL" || base == u"FATAL")
        return RunnerLine::Level::Error;
    return RunnerLine::Level::Unknown;
}

QString shortTime(const QString &time)
{
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return time;
    return parsed.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

} // namespace

QString RunnerLine::streamName(Stream stream)
{
    switch (stream) {
    case Stream::StdOut:
        return QStringLiteral("stdout");
    case Stream::StdErr:
        return QStringLiteral("stderr");
    case Stream::Log:
        break;
    }
    return QStringLiteral("log");
}

QString RunnerLine::levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return QStringLiteral("DEBUG");
    case Level::Info:
        return QStringLiteral("INFO");
    case Level::Warning:
        return QStringLiteral("WARN");
    case Level::Error:
        return QStringLiteral("ERROR");
    case Level::Unknown:
        break;
    }
    return {};
}

QString RunnerLine::text() const
{
    if (stream != Stream::Log)
        return message;
    QString line;
    if (!time.isEmpty())
        line += shortTime(time) + u' ';
    if (level != Level::Unknown)
        line += levelName(level) + u' ';
    if (!transform.isEmpty())
        line += u'[' + transform + QStringLiteral("] ");
    line += message;
    if (!location.isEmpty())
        line += QStringLiteral(" (") + location + u')';
    return line;
}

RunnerLine::Level RunnerLine::levelOf(const QString &line)
{
    // level=INFO (slog text), "level":"INFO" (JSON), [INFO] / INFO: / " INFO " near the start
    // (Go's log with a prefix, Beam's SDK, dev handlers), klog/glog's I1129/W1129/E1129, panics.
    static const QRegularExpression keyed(QStringLiteral(R"re((?:level|severity)"?\s*[=:]\s*"?([A-Za-z]+))re"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(
        QStringLiteral(R"((?:^|[\s\[(])(TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)(?:$|[\s\]):]))"));
    static const QRegularExpression glog(QStringLiteral(R"(^([IWEF])\d{4} \d\d:\d\d:\d\d)"));
    if (line.startsWith(u"panic:") || line.startsWith(u"fatal error:"))
        return Level::Error;
    const QString head = line.left(120);
    QRegularExpressionMatch match = keyed.match(head);
    if (match.hasMatch()) {
        const Level level = levelFromSlog(match.captured(1));
        if (level != Level::Unknown)
            return level;
    }
    match = word.match(head);
    if (match.hasMatch())
        return levelFromSlog(match.captured(1));
    match = glog.match(head);
    if (match.hasMatch()) {
        switch (match.capturedView(1).at(0).unicode()) {
        case 'I':
            return Level::Info;
        case 'W':
            return Level::Warning;
        default:
            return Level::Error;
        }
    }
    return Level::Unknown;
}

RunnerLine PrismLogRouter::route(ProcessRunner::Channel channel, const QString &line) const
{
    RunnerLine routed;
    routed.stream = channel == ProcessRunner::Channel::StdOut ? RunnerLine::Stream::StdOut : RunnerLine::Stream::StdErr;
    if (line.startsWith(u'{')) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isObject()) {
            const QJsonObject entry = document.object();
            const QString message = entry.value(QStringLiteral("msg")).toString();
            routed.level = levelFromSlog(entry.value(QStringLiteral("level")).toString());
            if (message.startsWith(u"[SDK] ")) {
                const QJsonObject sdk = entry.value(QStringLiteral("sdk")).toObject();
                routed.source = RunnerLine::Source::Worker;
                routed.stream = RunnerLine::Stream::Log;
                routed.message = message.mid(6);
                routed.transform = sdk.value(QStringLiteral("transformID")).toString();
                routed.location = sdk.value(QStringLiteral("location")).toString();
                routed.time = sdk.value(QStringLiteral("time")).toString();
                if (routed.time.isEmpty())
                    routed.time = entry.value(QStringLiteral("time")).toString();
                return routed;
            }
            routed.source = RunnerLine::Source::Runner;
            routed.message = line;
            if (message == u"starting process") {
                routed.event = RunnerLine::Event::WorkerStarted;
            } else if (message == u"stopped" && entry.contains(QStringLiteral("worker"))) {
                routed.event = RunnerLine::Event::WorkerStopped;
            } else if (message == u"process failed while running" || message == u"process failed to start") {
                routed.event = RunnerLine::Event::WorkerFailed;
                routed.detail = entry.value(QStringLiteral("error")).toString();
            }
            return routed;
        }
    }
    routed.source = m_workersMayRun ? RunnerLine::Source::Worker : RunnerLine::Source::Runner;
    routed.message = line;
    routed.level = RunnerLine::levelOf(line);
    return routed;
}

} // namespace bl
