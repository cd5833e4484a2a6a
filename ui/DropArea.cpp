// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "DropArea.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace bl {

QStringList packageFoldersFromMimeData(const QMimeData *mimeData)
{
    QStringList folders;
    if (!mimeData || !mimeData->hasUrls())
        return folders;
    const QList<QUrl> urls = mimeData->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QFileInfo info(url.toLocalFile());
        if (!info.exists())
            continue;
        const QString folder = QDir::cleanPath(info.isDir() ? info.absoluteFilePath() : info.absolutePath());
        if (!folders.contains(folder))
            folders.append(folder);
    }
    return folders;
}

FolderDropHandler::FolderDropHandler(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    widget->setAcceptDrops(true);
    widget->installEventFilter(this);
}

bool FolderDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_widget)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!packageFoldersFromMimeData(drag->mimeData()).isEmpty()) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList folders = packageFoldersFromMimeData(drop->mimeData());
        if (folders.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        Q_EMIT foldersDropped(folders);
        return true;
    }
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace bl
