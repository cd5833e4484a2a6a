// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobTypes.h"
#include "runner/PrismLogRouter.h"

#include <QWidget>

class QLabel;

namespace bl {

class OutputPane;
struct LaunchSettings;

/// The Workers tab: what the pipeline's workers say, beside the launcher's Run view. With the
/// managed local Prism, their stdout, stderr and SDK log entries; on any job service, its job
/// messages; otherwise a line saying where the runner keeps its workers' logs. Lines are
/// coloured by the level they state, not by the stream they came on.
class WorkerView final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkerView(QWidget *parent = nullptr);
    OutputPane *output() const { return m_pane; }

    /// A launch begins: an empty pane, and a header that says what this runner lets us hear.
    void prepareLaunch(const LaunchSettings &settings);
    void appendWorkerLines(const QList<RunnerLine> &lines);
    void appendJobMessage(const jobs::JobMessage &message);
    /// Worker lines and job messages since prepareLaunch().

    /// What the header says for `settings` (rich text): where the workers' output comes from.
    static QString sourceNote(const LaunchSettings &settings);

private:
    QLabel *m_header;
    OutputPane *m_pane;
};

} // namespace bl
