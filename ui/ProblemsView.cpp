// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProblemsView.h"

#include "ProblemsModel.h"

#include <QHeaderView>

namespace bl {

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("problemsView"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideMiddle);
    header()->setStretchLastSection(true);
    // activated() covers double-click (or single click, per platform style) and Enter.
    connect(this, &QAbstractItemView::activated, this, &ProblemsView::onActivated);
}

void ProblemsView::setModel(QAbstractItemModel *model)
{
    QTreeView::setModel(model);
    if (!model)
        return;
    header()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProblemsModel::LineColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProblemsModel::ColumnColumn, QHeaderView::ResizeToContents);
    header()->resizeSection(ProblemsModel::FileColumn, 220);
}

void ProblemsView::onActivated(const QModelIndex &index)
{
    const QVariant value = index.siblingAtColumn(0).data(ProblemsModel::DiagnosticRole);
    if (value.canConvert<Diagnostic>())
        Q_EMIT diagnosticActivated(value.value<Diagnostic>());
}

} // namespace bl
