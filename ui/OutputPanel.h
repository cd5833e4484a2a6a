// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/CrossBuild.h"

#include <QWidget>

class QIcon;
class QLabel;
class QSplitter;
class QTabWidget;

namespace bl {

class BuildJobView;
class Dialogs;
class OutputPane;
class ProblemsModel;
class ProblemsView;
class RunView;
class SourceView;
class WorkerView;
struct LaunchSettings;

/// The right-hand side of the window: a line for what the session says, and the output tabs:
/// Build (launcher and worker side by side), Problems (list and source) and Run. A new view is
/// one more tab: addTab(). File:line links in any pane open the source in the Problems tab.
class OutputPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { BuildTab, ProblemsTab, RunTab, WorkersTab };

    explicit OutputPanel(Dialogs *dialogs, QWidget *parent = nullptr);

    /// Adds a tab after the others; returns its index.
    int addTab(QWidget *page, const QIcon &icon, const QString &title);
    void showTab(int index);

    BuildJobView *jobView(BuildTarget target) const { return m_jobs[int(target)]; }
    ProblemsModel *problemsModel() const { return m_problems; }
    SourceView *sourceView() const { return m_sourceView; }
    RunView *runView() const { return m_run; }
    WorkerView *workerView() const { return m_workers; }
    /// The splitters whose sizes the window remembers.
    QList<QSplitter *> splitters() const;

    /// The line above the tabs; rich text is escaped, an empty text hides it.
    void setSessionMessage(const QString &text, bool error);
    /// A new session: empty views, links resolved against `packageDir`.
    void prepare(const LaunchSettings &settings);
    void addDiagnostic(BuildTarget target, const Diagnostic &diagnostic);
    /// The build ahead's state, on a line above the two builds; empty hides it.
    void setBuildAheadState(const QString &text, const QIcon &icon);
    /// Selects the first problem and opens it in its source: usually the one to fix first.
    bool showFirstProblem();
    void openSource(const QString &file, int line, int column);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeoutMs);

private:
    QLabel *m_sessionMessage;
    QWidget *m_buildAhead = nullptr;
    QLabel *m_buildAheadIcon = nullptr;
    QLabel *m_buildAheadLabel = nullptr;
    QTabWidget *m_tabs;
    QSplitter *m_jobsSplitter;
    BuildJobView *m_jobs[2] = {nullptr, nullptr};
    ProblemsModel *m_problems;
    ProblemsView *m_problemsView;
    SourceView *m_sourceView;
    QSplitter *m_problemsSplitter;
    RunView *m_run;
    WorkerView *m_workers;
};

} // namespace bl
