// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "EventPrinter.h"

#include "CliOutput.h"

#include "process/TerminalText.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <utility>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace bl::cli {

namespace {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString seconds(double s)
{
    return QString::number(s, 'f', 2);
}

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return ::isatty(::fileno(stream)) != 0;
#endif
}

// The terminal's width in columns (80 when it cannot be asked).
int terminalColumns(FILE *stream)
{
#ifndef Q_OS_WIN
    struct winsize size{};
    if (::ioctl(::fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
#else
    Q_UNUSED(stream);
#endif
    return 80;
}

} // namespace

EventPrinter::EventPrinter(LaunchSession *session, bool json, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_json(json)
{
    connect(session, &LaunchSession::message, this, [this](const QString &text) {
        human(text);
    });
    connect(session, &LaunchSession::stalled, this, [this](const QString &text) {
        human(CliText::tr("warning: %1 Beam Launcher keeps waiting: press Ctrl+C to cancel the job, or give "
                 "--stall-timeout SECONDS to cancel stalled jobs by itself.")
                  .arg(text));
        event(QStringLiteral("stalled"), {{QStringLiteral("message"), text}});
    });
    connect(session, &LaunchSession::warning, this, [this](const QString &text) {
        human(CliText::tr("warning: %1").arg(text));
        event(QStringLiteral("warning"), {{QStringLiteral("message"), text}});
    });
    connect(session, &LaunchSession::packageInspected, this, [this](const PackageInfo &p) {
        human(CliText::tr("Package %1 (module %2)").arg(p.importPath, p.modulePath));
        event(QStringLiteral("package"), {{QStringLiteral("importPath"), p.importPath},
                                          {QStringLiteral("name"), p.name},
                                          {QStringLiteral("dir"), p.dir},
                                          {QStringLiteral("module"), p.modulePath},
                                          {QStringLiteral("importsBeam"), p.importsBeam}});
    });
    connect(session, &LaunchSession::buildStarted, this, [this](BuildTarget target, const Platform &platform) {
        human(CliText::tr("Building the %1 for %2").arg(targetDisplayName(target), platform.toString()));
        event(QStringLiteral("build-started"), {{QStringLiteral("target"), targetName(target)},
                                                {QStringLiteral("platform"), platform.toString()}});
    });
    connect(session, &LaunchSession::buildOutput, this, [this](BuildTarget target, const QStringList &lines) {
        for (const QString &line : lines) {
            human(buildTag(target) + line);
            event(QStringLiteral("build-output"), {{QStringLiteral("target"), targetName(target)},
                                                   {QStringLiteral("line"), line}});
        }
    });
    connect(session, &LaunchSession::diagnostic, this, [this](BuildTarget target, const Diagnostic &d) {
        event(QStringLiteral("diagnostic"), {{QStringLiteral("target"), targetName(target)},
                                             {QStringLiteral("file"), d.file},
                                             {QStringLiteral("line"), d.line},
                                             {QStringLiteral("column"), d.column},
                                             {QStringLiteral("severity"), Diagnostic::severityName(d.severity)},
                                             {QStringLiteral("message"), d.message}});
    });
    connect(session, &LaunchSession::buildProgress, this, [this](const BuildProgress &p) {
        event(QStringLiteral("build-progress"), {{QStringLiteral("target"), targetName(p.target)},
                                                 {QStringLiteral("phase"), BuildProgress::phaseName(p.phase)},
                                                 {QStringLiteral("done"), p.done},
                                                 {QStringLiteral("total"), p.total}});
        showProgress(p);
    });
    connect(session, &LaunchSession::buildFinished, this, [this](const BuildResult &r) {
        m_progress[int(r.target)].reset();
        if (r.ok && r.current) {
            human(CliText::tr("%1 up to date: %2 (%3, verified %4, cgo %5; not built again)")
                      .arg(targetDisplayName(r.target), QDir::toNativeSeparators(r.path), sizeText(r.size),
                           r.platform.toString(), r.cgo ? CliText::tr("on") : CliText::tr("off")));
        } else if (r.ok && r.shared) {
            human(CliText::tr("%1 ready: %2 (the launcher's binary: one build served both)")
                      .arg(targetDisplayName(r.target), QDir::toNativeSeparators(r.path)));
        } else if (r.ok) {
            human(CliText::tr("%1 ready: %2 (%3, verified %4, cgo %5) in %6 s")
                      .arg(targetDisplayName(r.target), QDir::toNativeSeparators(r.path), sizeText(r.size),
                           r.platform.toString(), r.cgo ? CliText::tr("on") : CliText::tr("off"), seconds(r.seconds)));
        } else {
            human(CliText::tr("%1 failed: %2").arg(targetDisplayName(r.target), r.error));
        }
        event(QStringLiteral("build-finished"), {{QStringLiteral("target"), targetName(r.target)},
                                                 {QStringLiteral("ok"), r.ok},
                                                 {QStringLiteral("path"), r.path},
                                                 {QStringLiteral("goos"), r.platform.os},
                                                 {QStringLiteral("goarch"), r.platform.arch},
                                                 {QStringLiteral("cgo"), r.cgo},
                                                 {QStringLiteral("size"), r.size},
                                                 {QStringLiteral("seconds"), r.seconds},
                                                 {QStringLiteral("shared"), r.shared},
                                                 {QStringLiteral("upToDate"), r.current},
                                                 {QStringLiteral("error"), r.error}});
    });
    connect(session, &LaunchSession::launchStarted, this, [this](const LaunchCommand &command, const QString &log) {
        human(QStringLiteral("$ ") + command.copyableLine());
        human(CliText::tr("Output is logged to %1").arg(QDir::toNativeSeparators(log)));
        event(QStringLiteral("launch-started"),
              {{QStringLiteral("argv"), QJsonArray::fromStringList(command.displayArgv())},
               {QStringLiteral("command"), command.displayLine()},
               {QStringLiteral("workingDirectory"), command.workingDirectory},
               {QStringLiteral("logFile"), log}});
    });
    connect(session, &LaunchSession::output, this, [this](ProcessRunner::Channel channel, const QStringList &lines) {
        const bool isErr = channel == ProcessRunner::Channel::StdErr;
        for (const QString &line : lines) {
            if (m_json) {
                event(QStringLiteral("output"), {{QStringLiteral("stream"), isErr ? QStringLiteral("stderr")
                                                                                  : QStringLiteral("stdout")},
                                                 {QStringLiteral("line"), line}});
            } else {
                write(isErr ? stderr : stdout, line);
            }
        }
        std::fflush(stdout); // each batch as it comes, also into a pipe (| tee, a test)
    });
    connect(session, &LaunchSession::workerOutput, this, [this](const QList<RunnerLine> &lines) {
        for (const RunnerLine &line : lines) {
            if (m_json)
                event(QStringLiteral("worker-output"), {{QStringLiteral("stream"), RunnerLine::streamName(line.stream)},
                                                        {QStringLiteral("line"), line.text()}});
            else
                write(stderr, QStringLiteral("[worker] ") + line.text());
        }
    });
    connect(session, &LaunchSession::launchFinished, this, [this](const ProcessRunner::Result &r) {
        const double s = r.elapsedMs / 1000.0;
        if (r.kind == ProcessRunner::ExitKind::Exited)
            human(CliText::tr("The launcher exited with code %1 after %2 s").arg(r.exitCode).arg(seconds(s)));
        event(QStringLiteral("launch-finished"), {{QStringLiteral("exitCode"), r.kind == ProcessRunner::ExitKind::Exited ? r.exitCode : -1},
                                                  {QStringLiteral("seconds"), s},
                                                  {QStringLiteral("stopped"), r.kind == ProcessRunner::ExitKind::Stopped}});
    });
    connect(session, &LaunchSession::jobChanged, this,
            [this](const QString &id, const QString &state, const QUrl &webUi) {
                if (!state.isEmpty()) {
                    human(webUi.isEmpty() ? CliText::tr("Job %1: %2").arg(id, state)
                                          : CliText::tr("Job %1: %2 (%3)").arg(id, state, webUi.toString()));
                }
                event(QStringLiteral("job"), {{QStringLiteral("id"), id},
                                              {QStringLiteral("state"), state},
                                              {QStringLiteral("webUi"), webUi.toString()}});
            });
    connect(session, &LaunchSession::jobMessage, this, [this](const jobs::JobMessage &m) {
        human(CliText::tr("[job %1] %2").arg(jobs::importanceName(m.importance), m.text));
        event(QStringLiteral("job-message"), {{QStringLiteral("id"), m.jobId},
                                              {QStringLiteral("importance"), jobs::importanceName(m.importance)},
                                              {QStringLiteral("text"), m.text}});
    });
    connect(session, &LaunchSession::failed, this, [this](LaunchSession::Failure, const QString &text) {
        error(text);
    });
    connect(session, &LaunchSession::finished, this, [this](int) {
        clearProgressLine();
        if (m_session->mode() == LaunchSession::Mode::Build && m_session->failure() == LaunchSession::Failure::None
            && !m_json) {
            for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker})
                write(stdout, targetName(target) + QStringLiteral(": ")
                                  + QDir::toNativeSeparators(m_session->buildResult(target).path));
        }
        std::fflush(stdout);
        std::fflush(stderr);
    });
}

void EventPrinter::error(const QString &message)
{
    human(CliText::tr("error: %1").arg(message));
    event(QStringLiteral("error"), {{QStringLiteral("message"), message}});
}

void EventPrinter::event(const QString &name, QJsonObject fields)
{
    if (!m_json)
        return;
    fields.insert(QStringLiteral("event"), name);
    const QByteArray line = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString EventPrinter::buildTag(BuildTarget target)
{
    // Not "[worker]": that is what the worker itself says while the job runs.
    return target == BuildTarget::Launcher ? CliText::tr("[launcher build] ") : CliText::tr("[worker build] ");
}

void EventPrinter::showProgress(const BuildProgress &progress)
{
    const int index = int(progress.target);
    const bool phaseChanged = !m_progress[index] || m_progress[index]->phase != progress.phase;
    m_progress[index] = progress;
    if (!isTerminal(stderr)) {
        if (!phaseChanged && progress.seconds - m_plainProgressAt[index] < 5)
            return;
        m_plainProgressAt[index] = progress.seconds;
        // One build serving both binaries reports the same progress for each: said once.
        const std::optional<BuildProgress> &other = m_progress[1 - index];
        const bool same = other && other->phase == progress.phase && other->done == progress.done
                          && other->total == progress.total;
        if (same && index == int(BuildTarget::Worker))
            return;
        human((same ? CliText::tr("[launcher and worker build] ") : buildTag(progress.target)) + progress.text());
        return;
    }
    QStringList parts;
    const std::optional<BuildProgress> &l = m_progress[0];
    const std::optional<BuildProgress> &w = m_progress[1];
    if (l && w && l->phase == w->phase && l->done == w->done && l->total == w->total) { // one build serves both
        parts << CliText::tr("launcher and worker %1 (%2 s)").arg(l->text()).arg(qRound(l->seconds));
    } else {
        for (const std::optional<BuildProgress> &p : m_progress) {
            if (p)
                parts << CliText::tr("%1 %2 (%3 s)").arg(targetName(p->target), p->text()).arg(qRound(p->seconds));
        }
    }
    QString line = QStringLiteral("beam-launcher: ") + parts.join(QStringLiteral(" · "));
    const int columns = terminalColumns(stderr) - 1; // never wrap: \r must return to this line
    if (line.size() > columns)
        line = line.left(std::max(0, columns - 1)) + u'…';
    // Over the previous line with spaces, not a terminal control sequence: nothing beam-launcher
    // writes to a terminal carries one (see TerminalText).
    const qsizetype shown = line.size();
    if (shown < m_progressLineLength)
        line += QString(m_progressLineLength - shown, u' ');
    const QByteArray bytes = "\r" + line.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_progressLineLength = shown;
    m_progressLineShown = true;
}

void EventPrinter::clearProgressLine()
{
    if (!std::exchange(m_progressLineShown, false))
        return;
    const QByteArray blank = "\r" + QByteArray(m_progressLineLength, ' ') + "\r";
    std::fwrite(blank.constData(), 1, size_t(blank.size()), stderr);
    std::fflush(stderr);
    m_progressLineLength = 0;
}

void EventPrinter::human(const QString &text)
{
    write(stderr, QStringLiteral("beam-launcher: ") + text);
}

void EventPrinter::write(FILE *stream, const QString &text)
{
    clearProgressLine(); // a line for people or the launcher's output replaces it
    QString shown = text;
    if (!m_raw && isTerminal(stream)) {
        // Line by line: a message of several lines keeps its line breaks, nothing else.
        QStringList lines = text.split(u'\n');
        for (QString &line : lines)
            line = TerminalText::stripped(line);
        shown = lines.join(u'\n');
    }
    const QByteArray bytes = shown.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    if (stream == stderr)
        std::fflush(stream);
}

} // namespace bl::cli
