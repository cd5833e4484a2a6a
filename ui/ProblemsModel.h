// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "go/Diagnostic.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace bl {

/// Diagnostics of the launcher and worker builds as a table. The same problem reported by both
/// builds (a compile error usually is) is one row whose TargetRole names both targets.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, FileColumn, LineColumn, ColumnColumn, MessageColumn, ColumnCount };
    enum Role {
        FileRole = Qt::UserRole, ///< QString: absolute path
        LineRole,                ///< int
        ColumnRole,              ///< int
        SeverityRole,            ///< int: Diagnostic::Severity
        TargetRole,              ///< QString: "launcher", "worker" or "launcher, worker"
        DiagnosticRole,          ///< QVariant of bl::Diagnostic
    };
    Q_ENUM(Role)

    explicit ProblemsModel(QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ProblemsModel)

    void addDiagnostics(const QString &target, const Diagnostics &diagnostics);
    void clear();

    /// Files under this folder are shown relative to it.
    void setBaseDirectory(const QString &dir);

    Diagnostic diagnostic(int row) const;
    QStringList targets(int row) const;
    int count(Diagnostic::Severity severity) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        Diagnostic diagnostic;
        QStringList targets;
    };
    QString displayFile(const QString &file) const;

    QList<Row> m_rows;
    QString m_baseDir;
};

} // namespace bl
