// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/CrossBuild.h"

#include "go/GoDiagnostics.h"
#include "go/GoText.h"
#include "go/VerifiedRecord.h"
#include "process/ProcessRunner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>

#include <filesystem>
#include <system_error>

namespace bl {

namespace {

const QString TempMarker = QStringLiteral(".tmp-");

// Replaces `to` with `from` in one step (rename(2) on POSIX, MoveFileEx on Windows).
bool replaceFile(const QString &from, const QString &to, QString *error)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec && error)
        *error = QString::fromLocal8Bit(ec.message().c_str());
    return !ec;
}

// Puts the binary a previous build left at `existing` under the temporary name `temp`, so
// that `go build -o temp` finds an output whose build ID is current and skips the link
// (a no-change rebuild then costs Go's up-to-date check, not a relink of tens of MB).
// A hard link costs nothing and is safe: Go never writes into an existing output in place
// (it removes or renames over it), so the linked binary cannot change under us; where links
// are not possible (another file system, Windows without permission) a copy does the same.
// Returns true for a hard link: only then can the result be recognised as the very same file.
bool seedFromExisting(const QString &existing, const QString &temp)
{
    if (!QFileInfo(existing).isFile())
        return false;
    std::error_code ec;
    const std::filesystem::path from(existing.toStdU16String());
    const std::filesystem::path to(temp.toStdU16String());
    std::filesystem::create_hard_link(from, to, ec);
    if (!ec)
        return true;
    ec.clear();
    std::filesystem::copy_file(from, to, ec);
    if (ec)
        QFile::remove(temp); // no seed: go build simply links from scratch
    return false;
}


const QString Downloading = QStringLiteral("go: downloading ");

} // namespace

QString BuildProgress::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Download:
        return QStringLiteral("download");
    case Phase::Compile:
        return QStringLiteral("compile");
    case Phase::Link:
        return QStringLiteral("link");
    }
    return {};
}

QString BuildProgress::text() const
{
    switch (phase) {
    case Phase::Download:
        return GoText::tr("downloading modules: %n so far", nullptr, done);
    case Phase::Compile:
        return total > 0 ? GoText::tr("compiling: %1 of about %2 packages").arg(done).arg(total)
                         : GoText::tr("compiling: %n package(s) so far", nullptr, done);
    case Phase::Link:
        return GoText::tr("linking (%1 packages compiled)").arg(done);
    }
    return {};
}

bool CrossBuild::isPackageLine(const QString &line)
{
    // An import path: letters, digits and . - _ ~ + /, nothing else (no space, no colon: Go's
    // messages and diagnostics always have one of those).
    if (line.isEmpty() || line.size() > 512)
        return false;
    return std::all_of(line.cbegin(), line.cend(), [](QChar c) {
        return c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u'~' || c == u'+' || c == u'/';
    });
}

QString targetName(BuildTarget target)
{
    return target == BuildTarget::Launcher ? QStringLiteral("launcher") : QStringLiteral("worker");
}

QString targetDisplayName(BuildTarget target)
{
    return target == BuildTarget::Launcher ? GoText::tr("launcher") : GoText::tr("worker");
}

CrossBuild::CrossBuild(QObject *parent)
    : QObject(parent)
    , m_runner(new ProcessRunner(this))
    , m_inspect(new BinaryCheck(this))
    , m_progressTimer(new QTimer(this))
{
    qRegisterMetaType<bl::BuildResult>();
    qRegisterMetaType<bl::BuildProgress>();
    m_progressTimer->setInterval(1000);
    connect(m_progressTimer, &QTimer::timeout, this, &CrossBuild::emitProgress);
    qRegisterMetaType<bl::Diagnostic>();
    m_runner->setGracePeriod(2000);
    connect(m_runner, &ProcessRunner::linesReady, this,
            [this](ProcessRunner::Channel, const QStringList &lines) { onLines(lines); });
    connect(m_runner, &ProcessRunner::finished, this, [this](const ProcessRunner::Result &r) {
        if (r.kind == ProcessRunner::ExitKind::FailedToStart)
            onBuilt(false, r.errorString);
        else if (r.succeeded())
            onBuilt(true, QString());
        else
            onBuilt(false, r.kind == ProcessRunner::ExitKind::Exited
                               ? GoText::tr("go build failed (exit code %1).").arg(r.exitCode)
                               : GoText::tr("go build was ended by a signal."));
    });
}

CrossBuild::~CrossBuild()
{
    if (!m_tempPath.isEmpty())
        QFile::remove(m_tempPath);
}

QStringList CrossBuild::buildArguments(const BuildRequest &request, const QString &output)
{
    // -v names each package as its compile starts (only those not in the build cache): the progress.
    // -ldflags=-w leaves out the DWARF debug information: the sample's worker, which every launch
    // stages to the runner, is 12% smaller and stages faster (docs/BENCHMARKS.md, 7). Beam's Go
    // SDK needs the symbol table (its symtab package reads it), which -w keeps; -s would not.
    QStringList args{QStringLiteral("build"), QStringLiteral("-trimpath"), QStringLiteral("-v"),
                     QStringLiteral("-ldflags=-w")};
    if (!request.tags.isEmpty())
        args << QStringLiteral("-tags") << request.tags.join(u',');
    args << QStringLiteral("-o") << output << QStringLiteral(".");
    return args;
}

QProcessEnvironment CrossBuild::buildEnvironment(const BuildRequest &request)
{
    QProcessEnvironment env = request.environment.isEmpty() ? QProcessEnvironment::systemEnvironment()
                                                            : request.environment;
    env.insert(QStringLiteral("GOOS"), request.platform.os);
    env.insert(QStringLiteral("GOARCH"), request.platform.arch);
    env.insert(QStringLiteral("CGO_ENABLED"), request.cgo ? QStringLiteral("1") : QStringLiteral("0"));
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    env.insert(QStringLiteral("TERM"), QStringLiteral("dumb"));
    return env;
}

void CrossBuild::removeStaleTemporaries(const QString &folder)
{
    const QDir dir(folder);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList entries = dir.entryInfoList({u'.' + QStringLiteral("*") + TempMarker + u'*'},
                                                    QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        if (entry.lastModified().toUTC() < cutoff)
            QFile::remove(entry.filePath());
    }
}

void CrossBuild::start(const BuildRequest &request)
{
    Q_ASSERT(!m_running);
    m_request = request;
    m_result = BuildResult();
    m_result.target = request.target;
    m_lastLine.clear();
    m_cancelled = false;
    m_running = true;
    m_clock.start();
    m_parser = std::make_unique<GoDiagnosticsParser>(request.packageDir);
    m_progress = BuildProgress();
    m_progress.target = request.target;
    m_mainPackage.clear();

    const QFileInfo out(request.outputPath);
    if (!QDir().mkpath(out.absolutePath())) {
        BuildResult result = m_result;
        result.error = GoText::tr("Cannot create the output folder %1: check that it is writable, or choose "
                               "another one with --out.")
                           .arg(QDir::toNativeSeparators(out.absolutePath()));
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
        return;
    }
    m_tempPath = out.absoluteDir().filePath(
        u'.' + out.fileName() + TempMarker
        + QString::number(QRandomGenerator::global()->generate64(), 36) + request.platform.executableSuffix());

    m_reused = false;
    m_seeded = seedFromExisting(request.outputPath, m_tempPath);

    m_runner->setProgram(request.goPath, buildArguments(request, m_tempPath));
    m_runner->setWorkingDirectory(request.packageDir);
    m_runner->setEnvironment(buildEnvironment(request));
    m_runner->setLogFile(request.logFile);
    m_runner->setLowPriority(request.lowPriority);
    if (!request.logFile.isEmpty())
        QFile::remove(request.logFile);
    m_runner->start();
    m_progressTimer->start();
}

void CrossBuild::setEstimate(int packages, const QString &mainPackage)
{
    m_progress.total = std::max(packages, m_progress.done);
    m_mainPackage = mainPackage;
}

void CrossBuild::emitProgress()
{
    if (!m_runner->isRunning())
        return;
    m_progress.seconds = m_clock.elapsed() / 1000.0;
    Q_EMIT progress(m_progress);
}

void CrossBuild::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_runner->isRunning())
        m_runner->stop();
    else if (m_inspect->isRunning())
        m_inspect->cancel();
}

void CrossBuild::onLines(const QStringList &lines)
{
    QStringList shown;
    const BuildProgress::Phase before = m_progress.phase;
    const bool nothingYet = m_progress.done == 0;
    for (const QString &line : lines) {
        if (isPackageLine(line)) { // go build -v: counted, not shown (the log file keeps it)
            if (m_progress.phase == BuildProgress::Phase::Download)
                m_progress = BuildProgress{m_progress.target, BuildProgress::Phase::Compile, 0, m_progress.total, 0};
            ++m_progress.done;
            m_progress.total = m_progress.total > 0 ? std::max(m_progress.total, m_progress.done) : 0;
            if (!m_mainPackage.isEmpty() && line == m_mainPackage)
                m_progress.phase = BuildProgress::Phase::Link;
            continue;
        }
        if (line.startsWith(Downloading)) {
            if (m_progress.phase != BuildProgress::Phase::Download)
                m_progress = BuildProgress{m_progress.target, BuildProgress::Phase::Download, 0, m_progress.total, 0};
            ++m_progress.done;
        }
        shown << line;
        m_parser->addLine(line);
        if (!line.trimmed().isEmpty())
            m_lastLine = line.trimmed();
    }
    if (!shown.isEmpty())
        Q_EMIT output(shown);
    emitDiagnostics();
    // At once when the phase changes, and at the first package or download: the first sign
    // of a cold build's work is shown without waiting for the next tick.
    if (m_progress.phase != before || (nothingYet && m_progress.done > 0))
        emitProgress();
}

void CrossBuild::emitDiagnostics()
{
    const Diagnostics found = m_parser->takeDiagnostics();
    for (const Diagnostic &d : found) {
        m_result.diagnostics.append(d);
        Q_EMIT diagnostic(d);
    }
}

void CrossBuild::onBuilt(bool ok, const QString &error)
{
    m_progressTimer->stop();
    m_parser->finish();
    emitDiagnostics();
    BuildResult result = m_result;
    if (finishIfCancelled(result))
        return;
    if (!ok || !QFileInfo::exists(m_tempPath)) {
        result.error = error.isEmpty() ? GoText::tr("go build reported success but wrote no binary.") : error;
        if (!result.diagnostics.isEmpty())
            result.error = GoText::tr("go build failed with %n problem(s).",
                                                       nullptr, int(result.diagnostics.size()));
        else if (!ok && !m_lastLine.isEmpty()) // e.g. "... no space left on device": say why
            result.error = GoText::tr("%1 Go said: %2").arg(result.error, m_lastLine);
        // Every file excluded with cgo off: almost always a package that uses cgo (import "C").
        const bool excludedAll = std::any_of(result.diagnostics.cbegin(), result.diagnostics.cend(), [](const Diagnostic &d) {
            return d.message.contains(QLatin1String("build constraints exclude all Go files"));
        });
        if (!m_request.cgo && excludedAll)
            result.error += u' ' + GoText::tr("The build constraints exclude all of the package's Go files with cgo off: "
                                                      "if the package uses cgo (import \"C\"), build with cgo on "
                                                      "(--cgo on the command line, \"cgo\" in the window's profile); "
                                                      "else check its //go:build lines and --tags.");
        finish(result);
        return;
    }
    const BinaryCheck::Expectation wanted{m_request.platform, m_request.cgo, targetDisplayName(m_request.target)};
    if (const std::optional<VerifiedRecord> recorded = recordedInspection()) {
        const BinaryCheck::Verdict verdict = BinaryCheck::judge(recorded->goVersionOutput, wanted);
        if (verdict.ok()) {
            m_reused = true;
            m_result.sha256 = recorded->sha256;
            onInspected(verdict);
            return;
        }
    }
    m_inspect->start(m_request.goPath, m_tempPath, buildEnvironment(m_request), wanted,
                     [this](const BinaryCheck::Verdict &verdict) { onInspected(verdict); }, m_request.outputPath);
}

void CrossBuild::onInspected(const BinaryCheck::Verdict &verdict)
{
    BuildResult result = m_result;
    if (finishIfCancelled(result))
        return;
    if (verdict.info)
        result.setInspected(*verdict.info);
    if (!verdict.ok()) {
        result.error = verdict.problem;
        finish(result);
        return;
    }
    if (!m_reused) // the old record must never describe the new binary, whatever happens next
        VerifiedRecord::remove(m_request.outputPath);
    QString renameError;
    if (!replaceFile(m_tempPath, m_request.outputPath, &renameError)) {
        result.error = GoText::tr("Cannot move the built binary to %1: %2")
                           .arg(QDir::toNativeSeparators(m_request.outputPath), renameError);
        finish(result);
        return;
    }
    // When Go skipped the link, the temporary name and the output are links to one file, and
    // rename(2) then does nothing and leaves the temporary name in place.
    if (QFileInfo::exists(m_tempPath))
        QFile::remove(m_tempPath);
    m_tempPath.clear();
    result.ok = true;
    result.reused = m_reused;
    result.path = m_request.outputPath;
    result.size = QFileInfo(result.path).size();
    if (!m_reused)
        recordInspection(verdict.versionOutput);
    finish(result);
}

std::optional<VerifiedRecord> CrossBuild::recordedInspection() const
{
    if (!m_seeded)
        return std::nullopt;
    // Go never writes into an existing output: if the temporary is still the same file as the
    // output, Go found the previous binary's build ID current for this request and kept it.
    std::error_code ec;
    if (!std::filesystem::equivalent(std::filesystem::path(m_tempPath.toStdU16String()),
                                     std::filesystem::path(m_request.outputPath.toStdU16String()), ec)
        || ec)
        return std::nullopt;
    return VerifiedRecord::read(m_request.outputPath);
}

void CrossBuild::recordInspection(const QString &versionOutput) const
{
    // Best effort: without a record the next no-change build runs go version -m again.
    VerifiedRecord record;
    record.size = QFileInfo(m_request.outputPath).size();
    record.goVersionOutput = versionOutput;
    VerifiedRecord::write(m_request.outputPath, record);
}

bool CrossBuild::finishIfCancelled(BuildResult &result)
{
    if (!m_cancelled)
        return false;
    result.cancelled = true;
    result.error = GoText::tr("Cancelled.");
    finish(result);
    return true;
}

void CrossBuild::finish(BuildResult result)
{
    if (!m_tempPath.isEmpty()) {
        QFile::remove(m_tempPath);
        m_tempPath.clear();
    }
    m_running = false;
    m_progressTimer->stop();
    result.seconds = m_clock.elapsed() / 1000.0;
    Q_EMIT finished(result);
}

} // namespace bl
