// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "OutputPanel.h"

#include "BuildJobView.h"
#include "OutputPane.h"
#include "PaletteColors.h"
#include "ProblemsModel.h"
#include "ProblemsView.h"
#include "RunView.h"
#include "SourceView.h"
#include "UiText.h"
#include "WindowText.h"
#include "WorkerView.h"
#include "launch/LaunchSettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace bl {

OutputPanel::OutputPanel(Dialogs *dialogs, QWidget *parent)
    : QWidget(parent)
    , m_sessionMessage(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_jobsSplitter(new QSplitter(Qt::Horizontal, this))
    , m_problems(new ProblemsModel(this))
    , m_problemsView(new ProblemsView(this))
    , m_sourceView(new SourceView(this))
    , m_problemsSplitter(new QSplitter(Qt::Vertical, this))
    , m_run(new RunView(this))
    , m_workers(new WorkerView(this))
{
    m_tabs->setObjectName(QStringLiteral("outputTabs"));
    m_tabs->setDocumentMode(true);

    m_jobsSplitter->setObjectName(QStringLiteral("jobsSplitter"));
    for (BuildTarget target : {BuildTarget::Launcher, BuildTarget::Worker}) {
        auto *view = new BuildJobView(target, m_jobsSplitter);
        m_jobs[int(target)] = view;
        m_jobsSplitter->addWidget(view);
        connect(view->output(), &OutputPane::fileLinkActivated, this, &OutputPanel::openSource);
        view->output()->setDialogs(dialogs);
    }
    auto *buildPage = new QWidget(this);
    auto *buildLayout = new QVBoxLayout(buildPage);
    buildLayout->setContentsMargins(0, 0, 0, 0);
    buildLayout->setSpacing(2);
    m_buildAhead = new QWidget(buildPage);
    auto *aheadLayout = new QHBoxLayout(m_buildAhead);
    aheadLayout->setContentsMargins(6, 2, 6, 0);
    m_buildAheadIcon = new QLabel(m_buildAhead);
    m_buildAheadLabel = new QLabel(m_buildAhead);
    m_buildAheadLabel->setObjectName(QStringLiteral("buildAheadLabel"));
    m_buildAhead->setToolTip(UiText::tr("Build ahead keeps the shown profile's binaries built while you edit, so "
                                            "that Launch starts them at once (Run menu: Build Ahead turns it off)."));
    aheadLayout->addWidget(m_buildAheadIcon);
    aheadLayout->addWidget(m_buildAheadLabel, 1);
    m_buildAhead->setVisible(false);
    buildLayout->addWidget(m_buildAhead);
    buildLayout->addWidget(m_jobsSplitter, 1);
    m_tabs->addTab(buildPage, ownIcon("build"), UiText::tr("Build"));

    m_problemsView->setObjectName(QStringLiteral("problemsView"));
    m_problemsView->setAccessibleName(UiText::tr("Problems"));
    m_problemsView->setModel(m_problems);
    m_sourceView->setObjectName(QStringLiteral("sourceView"));
    m_sourceView->setAccessibleName(UiText::tr("Source"));
    m_problemsSplitter->setObjectName(QStringLiteral("problemsSplitter"));
    m_problemsSplitter->addWidget(m_problemsView);
    m_problemsSplitter->addWidget(m_sourceView);
    m_problemsSplitter->setStretchFactor(0, 1);
    m_problemsSplitter->setStretchFactor(1, 2);
    connect(m_problemsView, &ProblemsView::diagnosticActivated, this,
            [this](const Diagnostic &d) { openSource(d.file, d.line, d.column); });
    m_tabs->addTab(m_problemsSplitter, ownIcon("error"), UiText::tr("Problems"));

    m_run->output()->setDialogs(dialogs);
    connect(m_run->output(), &OutputPane::fileLinkActivated, this, &OutputPanel::openSource);
    m_tabs->addTab(m_run, ownIcon("launch"), UiText::tr("Run"));

    m_workers->output()->setDialogs(dialogs);
    connect(m_workers->output(), &OutputPane::fileLinkActivated, this, &OutputPanel::openSource);
    m_tabs->addTab(m_workers, ownIcon("launch"), UiText::tr("Workers"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    m_sessionMessage->setObjectName(QStringLiteral("sessionMessage"));
    m_sessionMessage->setWordWrap(true);
    m_sessionMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessionMessage->setVisible(false);
    m_sessionMessage->setTextFormat(Qt::RichText);
    layout->addWidget(m_sessionMessage);
    layout->addWidget(m_tabs, 1);
    setMinimumWidth(360);
}

int OutputPanel::addTab(QWidget *page, const QIcon &icon, const QString &title)
{
    return m_tabs->addTab(page, icon, title);
}

void OutputPanel::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

QList<QSplitter *> OutputPanel::splitters() const
{
    return {m_jobsSplitter, m_problemsSplitter};
}

void OutputPanel::setSessionMessage(const QString &text, bool error)
{
    if (text.isEmpty()) {
        m_sessionMessage->clear();
        m_sessionMessage->setVisible(false);
        return;
    }
    const PaletteColors colors = PaletteColors::from(palette());
    m_sessionMessage->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                                  .arg((error ? colors.error : colors.text).name(),
                                       text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
    m_sessionMessage->setVisible(true);
}

void OutputPanel::prepare(const LaunchSettings &settings)
{
    m_jobs[int(BuildTarget::Launcher)]->prepare(settings.launcherPlatform);
    m_jobs[int(BuildTarget::Worker)]->prepare(settings.workerPlatform);
    m_problems->clear();
    m_problems->setBaseDirectory(settings.packageDir);
    m_tabs->setTabText(ProblemsTab, UiText::tr("Problems"));
    for (BuildJobView *view : m_jobs)
        view->output()->setBaseDirectory(settings.packageDir);
    m_run->output()->setBaseDirectory(settings.packageDir);
}

void OutputPanel::setBuildAheadState(const QString &text, const QIcon &icon)
{
    m_buildAheadLabel->setText(text);
    const int size = m_buildAheadLabel->fontMetrics().height();
    m_buildAheadIcon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(size, size));
    m_buildAhead->setVisible(!text.isEmpty());
}

void OutputPanel::addDiagnostic(BuildTarget target, const Diagnostic &diagnostic)
{
    m_problems->addDiagnostics(targetName(target), {diagnostic});
    m_tabs->setTabText(ProblemsTab, UiText::tr("Problems (%1)").arg(m_problems->rowCount()));
}

bool OutputPanel::showFirstProblem()
{
    if (m_problems->rowCount() == 0)
        return false;
    m_tabs->setCurrentIndex(ProblemsTab);
    m_problemsView->setCurrentIndex(m_problemsView->model()->index(0, 0));
    m_problemsView->setFocus();
    const Diagnostic first = m_problems->diagnostic(0);
    openSource(first.file, first.line, first.column);
    return true;
}

void OutputPanel::openSource(const QString &file, int line, int column)
{
    if (file.isEmpty())
        return;
    m_tabs->setCurrentIndex(ProblemsTab);
    if (!m_sourceView->openFile(file, line, column))
        Q_EMIT statusMessage(m_sourceView->errorString(), 8000);
}

} // namespace bl
