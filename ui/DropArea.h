// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QMimeData;
class QWidget;

namespace bl {

/// Pipeline package folders named by dropped (or pasted) URLs: a local folder is itself, a
/// local file (main.go, go.mod...) stands for the folder it is in. Non-local URLs and paths
/// that do not exist are ignored; duplicates are dropped, the first occurrence keeps its order.
/// Paths are absolute and clean, with '/' separators.
QStringList packageFoldersFromMimeData(const QMimeData *mimeData);

/// Lets any widget accept folders dropped onto it: installs itself as an event filter, turns
/// on acceptDrops, accepts drags that carry at least one package folder and emits
/// foldersDropped() on drop. Owned by the widget.
class FolderDropHandler final : public QObject
{
    Q_OBJECT

public:
    explicit FolderDropHandler(QWidget *widget);
    Q_DISABLE_COPY_MOVE(FolderDropHandler)

Q_SIGNALS:
    void foldersDropped(const QStringList &folders);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
};

} // namespace bl
