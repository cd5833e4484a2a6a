// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Diagnostic.h"

#include <QTreeView>

namespace bl {

/// A flat, sortable table of problems. Activating a row (double-click, Enter) emits
/// diagnosticActivated(), which the window answers by opening the source at that line.
/// Works with a ProblemsModel directly or through proxy models on top of one.
class ProblemsView final : public QTreeView
{
    Q_OBJECT

public:
    explicit ProblemsView(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemsView)

    void setModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void diagnosticActivated(const bl::Diagnostic &diagnostic);

private:
    void onActivated(const QModelIndex &index);
};

} // namespace bl
