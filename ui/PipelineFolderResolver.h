// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace bl {

class Dialogs;
class PipelineFinder;
struct PipelineSearch;

/// Turns a folder the user dropped or opened into a pipeline's main package folder. A folder
/// with Go files is a package already and is taken as it is; any other folder (a module or
/// repository root, a go.work root, cmd/) is searched with PipelineFinder (`go list ./...`, a
/// child process, never on the GUI thread). One pipeline is taken and named; several are
/// offered (Dialogs::choosePipeline); none gives the finder's own sentence. Folders queue up:
/// one search at a time, each answered once.
class PipelineFolderResolver final : public QObject
{
    Q_OBJECT

public:
    /// `dialogs` is not owned; `window` is the parent of the chooser.
    PipelineFolderResolver(Dialogs *dialogs, QWidget *window, QObject *parent = nullptr);
    ~PipelineFolderResolver() override;
    Q_DISABLE_COPY_MOVE(PipelineFolderResolver)

    /// False for a folder that holds Go files of its own (a package: nothing to search).
    static bool needsSearch(const QString &folder);

    /// Searches `folder`; `context` comes back with the answer (e.g. the profile to fill).
    void resolve(const QString &folder, const QString &context);
    bool isBusy() const;
    void cancel();

Q_SIGNALS:
    /// "Looking for Beam pipelines in …", "12 packages listed…".
    void progress(const QString &text);
    /// `pipelineDir` is the pipeline's folder; `message` says which one was taken.
    void resolved(const QString &folder, const QString &pipelineDir, const QString &context, const QString &message);
    /// Nothing to take (or the user cancelled the choice: then `message` is empty).
    void failed(const QString &folder, const QString &message);

private:
    void next();
    void onFound(const PipelineSearch &search);

    struct Request
    {
        QString folder;
        QString context;
    };
    Dialogs *m_dialogs;
    QPointer<QWidget> m_window;
    PipelineFinder *m_finder;
    QList<Request> m_queue;
    bool m_running = false;
};

} // namespace bl
