// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "pipeline/HostLauncher.h"

#include "builds/BuildOutput.h"
#include "builds/BuildStamp.h"
#include "go/GoToolchain.h"
#include "launch/Paths.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace bl {

HostLauncher::HostLauncher(QObject *parent)
    : QObject(parent)
    , m_toolchain(new GoToolchain(this))
    , m_build(new CrossBuild(this))
{
    connect(m_build, &CrossBuild::output, this, &HostLauncher::output);
    connect(m_build, &CrossBuild::diagnostic, this, &HostLauncher::diagnostic);
    connect(m_build, &CrossBuild::progress, this, &HostLauncher::progress);
    connect(m_build, &CrossBuild::finished, this, &HostLauncher::finished);
    connect(m_toolchain, &GoToolchain::failed, this, &HostLauncher::fail);
    connect(m_toolchain, &GoToolchain::ready, this, [this] {
        const Platform host = m_toolchain->env().host();
        BuildRequest request;
        request.target = BuildTarget::Launcher;
        request.goPath = m_toolchain->goPath();
        request.packageDir = m_settings.packageDir;
        request.outputPath = BuildOutput::path(m_settings, BuildTarget::Launcher, host);
        request.platform = host;
        request.cgo = m_settings.cgo;
        request.tags = m_settings.buildTags;
        request.environment = QProcessEnvironment::systemEnvironment();
        // Both binaries current (built ahead, or by the last build): the launcher as it is.
        LaunchSettings settings = m_settings;
        settings.packageDir = QDir::cleanPath(QDir(settings.packageDir).absolutePath());
        if (!settings.launcherPlatform.isValid())
            settings.launcherPlatform = host;
        if (settings.launcherPlatform == host && settings.workerPlatform.isValid()) {
            if (const auto current = BuildStamp::currentBinaries(settings, request.goPath, m_toolchain->env(),
                                                                 request.environment)) {
                Q_EMIT finished((*current)[0]);
                return;
            }
        }
        const QString folder = QFileInfo(request.outputPath).absolutePath();
        QString error;
        if (!Paths::ensureWritableFolder(folder, &error)) {
            fail(error);
            return;
        }
        CrossBuild::removeStaleTemporaries(folder);
        m_build->start(request);
    });
}

HostLauncher::~HostLauncher() = default;

bool HostLauncher::isRunning() const
{
    return m_build->isRunning();
}

void HostLauncher::build(const LaunchSettings &settings)
{
    cancel();
    m_settings = settings;
    QString error;
    const QString go = GoToolchain::locate(settings.goPath, &error);
    if (go.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, error] { fail(error); }, Qt::QueuedConnection);
        return;
    }
    m_toolchain->probe(go, QProcessEnvironment::systemEnvironment());
}

void HostLauncher::cancel()
{
    m_toolchain->cancel();
    m_build->cancel();
}

void HostLauncher::fail(const QString &error)
{
    BuildResult result;
    result.target = BuildTarget::Launcher;
    result.error = error;
    Q_EMIT finished(result);
}

} // namespace bl
