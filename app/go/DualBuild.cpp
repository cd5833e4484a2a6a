// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/DualBuild.h"

#include "go/GoText.h"
#include "go/VerifiedRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <filesystem>
#include <system_error>

namespace bl {

namespace {

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

bool sameFile(const QString &a, const QString &b)
{
    std::error_code ec;
    return std::filesystem::equivalent(fsPath(a), fsPath(b), ec) && !ec;
}

// Puts `from` at `to` without ever showing a partial file there: a hard link (or, where links
// are not possible, a copy) under a temporary name beside `to` (CrossBuild's ".NAME.tmp-"
// pattern, so a killed run's leftover is swept like theirs), then one rename over `to`.
bool placeFile(const QString &from, const QString &to, QString *error)
{
    const QFileInfo out(to);
    const QString temp = out.absoluteDir().filePath(
        u'.' + out.fileName() + QStringLiteral(".tmp-")
        + QString::number(QRandomGenerator::global()->generate64(), 36));
    std::error_code ec;
    std::filesystem::create_hard_link(fsPath(from), fsPath(temp), ec);
    if (ec) {
        ec.clear();
        std::filesystem::copy_file(fsPath(from), fsPath(temp), ec);
        if (!ec && QFileInfo(temp).size() != QFileInfo(from).size())
            ec = std::make_error_code(std::errc::io_error);
    }
    if (!ec)
        std::filesystem::rename(fsPath(temp), fsPath(to), ec);
    if (ec) {
        QFile::remove(temp);
        *error = QString::fromLocal8Bit(ec.message().c_str());
        return false;
    }
    return true;
}

} // namespace

DualBuild::DualBuild(QObject *parent)
    : QObject(parent)
    , m_launcher(new CrossBuild(this))
    , m_worker(new CrossBuild(this))
{
    for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker}) {
        CrossBuild *b = build(target);
        connect(b, &CrossBuild::output, this, [this, target](const QStringList &lines) {
            Q_EMIT output(target, lines);
        });
        connect(b, &CrossBuild::diagnostic, this, [this, target](const Diagnostic &d) {
            Q_EMIT diagnostic(target, d);
            if (m_shared) // a problem of the one build is the worker's as well
                Q_EMIT diagnostic(BuildTarget::Worker, d);
        });
        connect(b, &CrossBuild::finished, this, [this, target](const BuildResult &r) { onFinished(target, r); });
        connect(b, &CrossBuild::progress, this, [this](const BuildProgress &p) {
            Q_EMIT progress(p);
            if (m_shared) {
                BuildProgress worker = p;
                worker.target = BuildTarget::Worker;
                Q_EMIT progress(worker);
            }
        });
    }
}

CrossBuild *DualBuild::build(BuildTarget target) const
{
    return target == BuildTarget::Launcher ? m_launcher : m_worker;
}

bool DualBuild::sameBuild(const BuildRequest &a, const BuildRequest &b)
{
    return a.goPath == b.goPath && QDir::cleanPath(a.packageDir) == QDir::cleanPath(b.packageDir)
           && a.platform == b.platform && a.cgo == b.cgo && a.tags == b.tags
           && CrossBuild::buildArguments(a, QString()) == CrossBuild::buildArguments(b, QString())
           && CrossBuild::buildEnvironment(a) == CrossBuild::buildEnvironment(b);
}

void DualBuild::start(const BuildRequest &launcher, const BuildRequest &worker)
{
    Q_ASSERT(m_pending == 0);
    m_results[0] = BuildResult();
    m_results[1] = BuildResult();
    m_pending = 2;
    m_shared = sameBuild(launcher, worker) && launcher.outputPath != worker.outputPath;
    if (m_shared) {
        m_workerRequest = worker;
        Q_EMIT started(BuildTarget::Launcher, launcher.platform);
        Q_EMIT started(BuildTarget::Worker, worker.platform);
        const QString note = GoText::tr("The worker is the same build as the launcher (%1, cgo %2): one go build makes both.")
                                 .arg(worker.platform.toString(), worker.cgo ? GoText::tr("on") : GoText::tr("off"));
        // The one build's output goes to the launcher's log; the worker's says where it is.
        if (!worker.logFile.isEmpty() && worker.logFile != launcher.logFile) {
            QFile log(worker.logFile);
            if (log.open(QIODevice::WriteOnly | QIODevice::Truncate))
                log.write((note + u' ' + GoText::tr("Its output: %1").arg(QDir::toNativeSeparators(launcher.logFile)) + u'\n').toUtf8());
        }
        Q_EMIT output(BuildTarget::Worker, {note});
        m_launcher->start(launcher);
        return;
    }
    for (const BuildRequest *request : {&launcher, &worker}) {
        Q_EMIT started(request->target, request->platform);
        build(request->target)->start(*request);
    }
}

void DualBuild::onFinished(BuildTarget target, const BuildResult &result)
{
    m_results[int(target)] = result;
    Q_EMIT targetFinished(result);
    if (m_shared) {
        const BuildResult worker = placeShared(result);
        m_results[int(BuildTarget::Worker)] = worker;
        Q_EMIT targetFinished(worker);
        m_pending = 1;
    }
    if (--m_pending == 0)
        Q_EMIT finished(m_results[0].ok && m_results[1].ok);
}

BuildResult DualBuild::placeShared(const BuildResult &launcher)
{
    BuildResult worker = launcher;
    worker.target = BuildTarget::Worker;
    worker.shared = true;
    if (!launcher.ok) // the same error, problems and verdict as the launcher's
        return worker;
    const QString to = m_workerRequest.outputPath;
    worker.path = to;
    if (sameFile(launcher.path, to)) { // placed by an earlier build, and Go kept it
        if (!VerifiedRecord::read(to))
            if (std::optional<VerifiedRecord> record = VerifiedRecord::read(launcher.path))
                VerifiedRecord::write(to, *record);
        return worker;
    }
    worker.reused = false;
    VerifiedRecord::remove(to); // the old record must never describe the new binary
    QString error;
    if (!placeFile(launcher.path, to, &error)) {
        worker.ok = false;
        worker.path.clear();
        worker.error = GoText::tr("Cannot place the worker binary at %1: %2").arg(QDir::toNativeSeparators(to), error);
        return worker;
    }
    if (std::optional<VerifiedRecord> record = VerifiedRecord::read(launcher.path))
        VerifiedRecord::write(to, *record); // best effort, like CrossBuild's own record
    return worker;
}

void DualBuild::setEstimate(int packages, const QString &mainPackage)
{
    m_launcher->setEstimate(packages, mainPackage);
    m_worker->setEstimate(packages, mainPackage);
}

void DualBuild::cancel()
{
    m_launcher->cancel();
    m_worker->cancel();
}

bool DualBuild::isRunning() const
{
    return m_pending > 0;
}

const BuildResult &DualBuild::result(BuildTarget target) const
{
    return m_results[int(target)];
}

} // namespace bl
