// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "PipelineFolderResolver.h"

#include "Dialogs.h"
#include "UiText.h"
#include "WindowText.h"
#include "pipeline/PipelineFinder.h"

#include <QDir>
#include <QWidget>

namespace bl {

PipelineFolderResolver::PipelineFolderResolver(Dialogs *dialogs, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_dialogs(dialogs)
    , m_window(window)
    , m_finder(new PipelineFinder(this))
{
    connect(m_finder, &PipelineFinder::progress, this, &PipelineFolderResolver::progress);
    connect(m_finder, &PipelineFinder::finished, this, &PipelineFolderResolver::onFound);
}

PipelineFolderResolver::~PipelineFolderResolver() = default;

bool PipelineFolderResolver::needsSearch(const QString &folder)
{
    // One listing of the folder itself: cheap enough for the GUI thread.
    const QStringList goFiles = QDir(folder).entryList({QStringLiteral("*.go")}, QDir::Files);
    for (const QString &name : goFiles) {
        if (!name.endsWith(QLatin1String("_test.go")))
            return false;
    }
    return true;
}

void PipelineFolderResolver::resolve(const QString &folder, const QString &context)
{
    m_queue.append({folder, context});
    if (!m_running)
        next();
}

bool PipelineFolderResolver::isBusy() const
{
    return m_running;
}

void PipelineFolderResolver::cancel()
{
    m_queue.clear();
    m_finder->cancel();
    m_running = false;
}

void PipelineFolderResolver::next()
{
    if (m_queue.isEmpty()) {
        m_running = false;
        return;
    }
    m_running = true;
    const QString folder = m_queue.constFirst().folder;
    Q_EMIT progress(UiText::tr("Looking for Beam pipelines in %1…").arg(QDir::toNativeSeparators(folder)));
    m_finder->find(folder);
}

void PipelineFolderResolver::onFound(const PipelineSearch &search)
{
    if (m_queue.isEmpty())
        return;
    const Request request = m_queue.takeFirst();
    if (search.outcome != PipelineSearch::Outcome::Found || search.pipelines.isEmpty()) {
        Q_EMIT failed(request.folder, search.summary());
    } else if (search.isSingle()) {
        const PipelineCandidate &only = search.pipelines.constFirst();
        Q_EMIT resolved(request.folder, only.dir, request.context,
                        UiText::tr("Using the pipeline %1 (%2), the only one in %3.")
                            .arg(only.importPath, QDir::toNativeSeparators(only.dir),
                                 QDir::toNativeSeparators(request.folder)));
    } else {
        const QString dir = m_dialogs->choosePipeline(m_window, search);
        if (dir.isEmpty()) {
            Q_EMIT failed(request.folder, QString());
        } else {
            QString importPath;
            for (const PipelineCandidate &c : search.pipelines) {
                if (c.dir == dir)
                    importPath = c.importPath;
            }
            Q_EMIT resolved(request.folder, dir, request.context,
                            UiText::tr("Using the pipeline %1 (%2).").arg(importPath, QDir::toNativeSeparators(dir)));
        }
    }
    next();
}

} // namespace bl
