// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/PrebuiltBinaries.h"

#include "builds/BuildsText.h"
#include "go/BinaryCheck.h"

#include <QDir>
#include <QFileInfo>

namespace bl {

PrebuiltBinaries::PrebuiltBinaries(QObject *parent)
    : QObject(parent)
    , m_check(new BinaryCheck(this))
{
}

void PrebuiltBinaries::start(const BuildSettings &settings, const QString &goPath,
                             const QProcessEnvironment &environment)
{
    m_settings = settings;
    m_goPath = goPath;
    m_environment = environment;
    m_index = 0;
    for (const QString &path : {settings.launcherBinary, settings.workerBinary}) {
        if (path.isEmpty() || !QFileInfo(path).isFile()) {
            const QString error = BuildsText::tr("%1 is not a file: give both --launcher-binary and --worker-binary as paths to "
                                     "built binaries.")
                                      .arg(QDir::toNativeSeparators(path));
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT finished(false, error); }, Qt::QueuedConnection);
            return;
        }
    }
    checkNext();
}

void PrebuiltBinaries::cancel()
{
    m_check->cancel();
}

void PrebuiltBinaries::checkNext()
{
    const BuildTarget target = m_index == 0 ? BuildTarget::Launcher : BuildTarget::Worker;
    const QString path = QFileInfo(target == BuildTarget::Launcher ? m_settings.launcherBinary : m_settings.workerBinary)
                             .absoluteFilePath();
    BinaryCheck::Expectation wanted;
    wanted.platform = target == BuildTarget::Launcher ? m_settings.launcherPlatform : m_settings.workerPlatform;
    // The launcher runs here, where cgo is fine; the worker runs in the runner's containers.
    wanted.cgoAllowed = target == BuildTarget::Launcher || m_settings.cgo;
    wanted.role = targetDisplayName(target);
    m_check->start(m_goPath, path, m_environment, wanted, [this, target, path](const BinaryCheck::Verdict &verdict) {
        BuildResult r;
        r.target = target;
        r.path = path;
        if (verdict.info)
            r.setInspected(*verdict.info);
        r.ok = verdict.ok();
        r.error = verdict.problem;
        r.size = QFileInfo(path).size();
        Q_EMIT checked(r);
        if (!r.ok) {
            Q_EMIT finished(false, BuildsText::tr("%1 refused before launch: %2").arg(QDir::toNativeSeparators(path), r.error));
            return;
        }
        if (++m_index < 2)
            checkNext();
        else
            Q_EMIT finished(true, QString());
    });
}

} // namespace bl
