// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "launch/LaunchSettings.h"

#include <QList>

class QTableWidget;
class QTableWidgetItem;

namespace bl {

/// The editor's environment variables table: name, value, secret. A secret's value is never
/// loaded into it; one typed into a secret row is shown masked and edited like a password.
class EnvironmentTable final
{
public:
    /// Sets up `table` (columns, delegate, selection); the table stays the editor's.
    explicit EnvironmentTable(QTableWidget *table);

    /// Shows `variables`, secret values left out.
    void setVariables(const QList<EnvironmentVariable> &variables);
    /// The rows that name or hold something, as typed.
    QList<EnvironmentVariable> variables() const;
    /// Appends a row; `edit` starts editing its name.
    void add(const EnvironmentVariable &variable, bool edit);
    /// Removes the current row; false when there is none.
    bool removeCurrent();
    /// Call on itemChanged: a toggled secret box re-masks the value.
    void onItemChanged(QTableWidgetItem *item);

private:
    QTableWidget *m_table;
};

} // namespace bl
