// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/FolderRemoval.h"

#include <QDir>
#include <QThreadPool>

namespace bl {

void removeFoldersInBackground(const QStringList &folders)
{
    QStringList paths = folders;
    paths.removeAll(QString());
    if (paths.isEmpty())
        return;
    QThreadPool::globalInstance()->start([paths] {
        for (const QString &path : paths)
            QDir(path).removeRecursively();
    });
}

} // namespace bl
