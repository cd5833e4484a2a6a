// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pipeline/PipelineFinder.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QListWidget;
QT_END_NAMESPACE

namespace bl {

/// Asks which pipeline to use when a dropped folder holds several: their import paths, with
/// the folder of each as tooltip. The first one is selected; double-click or OK chooses.
class PipelineChooser final : public QDialog
{
    Q_OBJECT

public:
    explicit PipelineChooser(const PipelineSearch &search, QWidget *parent = nullptr);

    /// The chosen pipeline (the selected row).
    PipelineCandidate chosen() const;
    QListWidget *list() const { return m_list; }

private:
    QList<PipelineCandidate> m_pipelines;
    QListWidget *m_list;
};

} // namespace bl
