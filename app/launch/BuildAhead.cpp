// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/BuildAhead.h"

#include "builds/BuildOutput.h"
#include "builds/BuildStamp.h"
#include "launch/LaunchLogging.h"
#include "launch/LaunchText.h"
#include "launch/OutputLock.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLocale>
#include <QTimer>

namespace bl {

namespace {

constexpr int DefaultQuietMs = 1000;
/// A held output folder is looked at again this often: a few file operations (OutputLock), no
/// build. A watch of the folder would miss a holder that was killed (its lock file stays; only
/// its process is gone).
constexpr int DefaultHeldRetryMs = 2000;
/// inotify watches are a per-user resource shared with every other program (see
/// BuildStamp::watchedPaths).
constexpr int MaxWatched = 2000;

} // namespace

BuildAhead::BuildAhead(QObject *parent)
    : QObject(parent)
    , m_session(new LaunchSession(this))
    , m_quiet(new QTimer(this))
    , m_heldRetry(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    m_session->setReuse(LaunchSession::Reuse::Always);
    m_session->setLowPriority(true);
    m_quiet->setSingleShot(true);
    m_quiet->setInterval(DefaultQuietMs);
    connect(m_quiet, &QTimer::timeout, this, &BuildAhead::startNow);
    m_heldRetry->setInterval(DefaultHeldRetryMs);
    connect(m_heldRetry, &QTimer::timeout, this, &BuildAhead::retryHeld);
    connect(m_session, &LaunchSession::finished, this, &BuildAhead::onSessionFinished);
    connect(m_session, &LaunchSession::failed, this, [this](LaunchSession::Failure, const QString &text) { m_failure = text; });
    connect(m_session, &LaunchSession::stageChanged, this, [this](LaunchSession::Stage stage) {
        if (stage == LaunchSession::Stage::Building && !m_session->buildResult(BuildTarget::Launcher).current)
            setState(State::Building);
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this](const QString &path) {
        // An editor that saves by writing a new file and renaming it over the old one ends the
        // watch of the old file: watch the new one.
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
            m_watcher->addPath(path);
        qCDebug(lcLaunch) << "build ahead: changed" << path;
        changed();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &path) {
        // A file added, removed or renamed: only sources count (not an editor's swap file).
        QStringList now = BuildStamp::sourceFilesIn(path);
        QStringList before;
        for (const QString &file : m_watcher->files()) {
            if (QFileInfo(file).absolutePath() == path && BuildStamp::isSourceFile(QFileInfo(file).fileName()))
                before << file;
        }
        now.sort();
        before.sort();
        if (now == before)
            return;
        for (const QString &file : std::as_const(now)) {
            if (!before.contains(file))
                m_watcher->addPath(file);
        }
        qCDebug(lcLaunch) << "build ahead: sources added or removed in" << path;
        changed();
    });
}

BuildAhead::~BuildAhead() = default;

void BuildAhead::setEnabled(bool enabled)
{
    if (m_enabled == enabled)
        return;
    m_enabled = enabled;
    m_again = false;
    watchSources(); // off: watches nothing
    if (!enabled) {
        m_quiet->stop();
        m_session->cancel();
        setState(State::Off);
        return;
    }
    changed();
}

void BuildAhead::setSettings(const LaunchSettings &settings)
{
    const bool same = LaunchSettings::sameBinaries(settings, m_settings);
    m_settings = settings;
    if (same)
        return;
    m_upToDateSince = QDateTime();
    m_failure.clear();
    if (!m_enabled)
        return;
    watchSources();
    changed();
}

void BuildAhead::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_quiet->stop();
        if (m_session->isRunning()) {
            m_again = false;
            m_session->cancel();
        }
        return;
    }
    // The window's own session may have built, or run a binary that is no longer current.
    changed();
}

void BuildAhead::setQuietPeriod(int ms)
{
    m_quiet->setInterval(ms);
}

void BuildAhead::setHeldRetryInterval(int ms)
{
    m_heldRetry->setInterval(ms);
}

void BuildAhead::retryHeld()
{
    if (m_state != State::Held) {
        m_heldRetry->stop();
        return;
    }
    QString error;
    qint64 holder = 0;
    if (OutputLock::exclusive(BuildOutput::folder(m_settings), &error, &holder)) { // released at once
        m_heldRetry->stop();
        qCDebug(lcLaunch) << "build ahead: the output folder is free again";
        changed();
        return;
    }
    if (holder > 0 && holder != m_holder) { // another one holds it now
        m_holder = holder;
        Q_EMIT stateChanged(m_state);
    } else if (holder == 0) { // not a holder any more but a folder that cannot be locked: try, and say why
        m_heldRetry->stop();
        changed();
    }
}

bool BuildAhead::canBuild() const
{
    return m_enabled && !m_settings.packageDir.isEmpty() && !m_settings.usesPrebuiltBinaries()
           && QFileInfo(m_settings.packageDir).isDir();
}

void BuildAhead::setState(State state)
{
    if (m_state == state)
        return;
    if (state != State::Held) {
        m_heldRetry->stop();
        m_holder = 0;
    }
    m_state = state;
    qCDebug(lcLaunch) << "build ahead:" << state;
    Q_EMIT stateChanged(state);
}

void BuildAhead::changed()
{
    if (!canBuild()) {
        m_quiet->stop();
        if (m_session->isRunning())
            m_session->cancel();
        setState(State::Off);
        return;
    }
    if (m_session->isRunning()) { // what it builds is out of date already: stop it, build again
        m_again = true;
        m_session->cancel();
    }
    if (m_paused)
        return;
    setState(State::Waiting);
    m_quiet->start();
}

void BuildAhead::startNow()
{
    if (m_paused || !canBuild())
        return;
    if (m_session->isRunning()) { // still ending after a cancel: onSessionFinished() comes back
        m_again = true;
        return;
    }
    m_again = false;
    m_failure.clear();
    m_session->start(LaunchSession::Mode::Build, m_settings);
}

void BuildAhead::onSessionFinished()
{
    if (m_again && !m_paused) {
        m_again = false;
        changed();
        return;
    }
    switch (m_session->failure()) {
    case LaunchSession::Failure::None: {
        const BuildResult &launcher = m_session->buildResult(BuildTarget::Launcher);
        m_upToDateSince = launcher.current ? BuildStamp::builtAt(QFileInfo(launcher.path).absolutePath())
                                           : QDateTime::currentDateTimeUtc();
        watchSources();
        setState(State::UpToDate);
        Q_EMIT finished(true);
        return;
    }
    case LaunchSession::Failure::Cancelled:
        if (m_state != State::Off && !m_paused)
            setState(State::Waiting);
        return;
    case LaunchSession::Failure::BadInput:
        if (m_session->outputFolderHolder() > 0) {
            // A launch runs these binaries (or another build makes them): not a failure of this
            // build. It starts once the folder is free.
            m_holder = m_session->outputFolderHolder();
            m_failure.clear();
            if (m_state == State::Held)
                Q_EMIT stateChanged(m_state); // the holder may be another one
            setState(State::Held);
            m_heldRetry->start();
            return;
        }
        [[fallthrough]];
    case LaunchSession::Failure::Build:
    case LaunchSession::Failure::Launch:
        setState(State::Failed);
        Q_EMIT finished(false);
        return;
    }
}

void BuildAhead::watchSources()
{
    if (const QStringList old = watched(); !old.isEmpty())
        m_watcher->removePaths(old);
    if (!m_enabled || m_settings.packageDir.isEmpty() || m_settings.usesPrebuiltBinaries())
        return;
    const QStringList paths =
        BuildStamp::watchedPaths(BuildOutput::folder(m_settings), m_settings.packageDir, MaxWatched);
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

QStringList BuildAhead::watched() const
{
    return m_watcher->files() + m_watcher->directories();
}

bool BuildAhead::isBuildingFor(const LaunchSettings &settings) const
{
    return m_session->isRunning() && m_state != State::Off && LaunchSettings::sameBinaries(settings, m_settings);
}

QString BuildAhead::stateText() const
{
    switch (m_state) {
    case State::Off:
        return m_enabled ? QString() : LaunchText::tr("Build ahead is off");
    case State::Waiting:
        return LaunchText::tr("Sources changed: building ahead shortly…");
    case State::Building:
        return LaunchText::tr("Building ahead…");
    case State::UpToDate:
        return LaunchText::tr("Binaries up to date (built %1)")
            .arg(QLocale().toString(m_upToDateSince.toLocalTime().time(), QLocale::ShortFormat));
    case State::Failed:
        return LaunchText::tr("Build ahead failed: press Build to see why");
    case State::Held:
        return LaunchText::tr("Building ahead once process %1 no longer uses the binaries' folder").arg(m_holder);
    }
    return QString();
}

} // namespace bl
