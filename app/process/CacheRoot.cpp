// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/CacheRoot.h"

#include <QDir>
#include <QStandardPaths>

namespace bl {

QString cacheRoot()
{
    const QString overridden = qEnvironmentVariable("BEAM_LAUNCHER_CACHE_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(QDir(overridden).absolutePath());
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)
                           + QStringLiteral("/beam-launcher"));
}

} // namespace bl
