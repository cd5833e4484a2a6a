// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "jobs/JobTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace bl {

/// The jobs a Beam job service knows (GetJobs), one row each: id, name, state and since when
/// the job is in that state (GetState's timestamp; Beam's JobInfo carries no start time).
/// setJobs() keeps rows in the service's order and updates them in place, so a selection
/// survives a refresh.
class JobsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { IdColumn, NameColumn, StateColumn, SinceColumn, ColumnCount };
    enum Role {
        JobIdRole = Qt::UserRole, ///< QString
        StateRole,                ///< int: jobs::JobState
    };

    explicit JobsModel(QObject *parent = nullptr);

    void setJobs(const QList<jobs::JobInfo> &jobs);
    /// What GetState said of one job.
    void setState(const QString &jobId, jobs::JobState state, const QDateTime &since);
    void clear();

    int rowOf(const QString &jobId) const;
    jobs::JobInfo job(int row) const { return m_rows.at(row).info; }
    QDateTime since(int row) const { return m_rows.at(row).since; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        jobs::JobInfo info;
        QDateTime since;
    };
    QList<Row> m_rows;
};

} // namespace bl
