// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "JobsModel.h"

#include "UiText.h"
#include "WindowText.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

namespace bl {

using jobs::JobState;

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void JobsModel::setJobs(const QList<jobs::JobInfo> &jobs)
{
    // Rows that went away first, from the end; then updates in place; then new rows.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const QString id = m_rows.at(row).info.id;
        const bool kept = std::any_of(jobs.cbegin(), jobs.cend(), [&id](const jobs::JobInfo &j) { return j.id == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    for (const jobs::JobInfo &job : jobs) {
        const int row = rowOf(job.id);
        if (row >= 0) {
            Row &r = m_rows[row];
            if (r.info.name != job.name || r.info.state != job.state) {
                if (r.info.state != job.state)
                    r.since = QDateTime(); // GetState tells the new one
                r.info = job;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append({job, QDateTime()});
        endInsertRows();
    }
}

void JobsModel::setState(const QString &jobId, JobState state, const QDateTime &since)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    m_rows[row].info.state = state;
    m_rows[row].since = since;
    Q_EMIT dataChanged(index(row, StateColumn), index(row, SinceColumn));
}

void JobsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int JobsModel::rowOf(const QString &jobId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).info.id == jobId)
            return row;
    }
    return -1;
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r.info.id;
        case NameColumn:
            return r.info.name;
        case StateColumn:
            return jobs::jobStateName(r.info.state);
        case SinceColumn:
            return r.since.isValid() ? QLocale().toString(r.since.toLocalTime(), QLocale::ShortFormat) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn && r.since.isValid())
            return UiText::tr("In this state since %1").arg(QLocale().toString(r.since.toLocalTime(), QLocale::LongFormat));
        return index.column() == IdColumn || index.column() == NameColumn ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && r.info.state == JobState::Failed)
            return QBrush(Qt::red);
        return {};
    case JobIdRole:
        return r.info.id;
    case StateRole:
        return int(r.info.state);
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return UiText::tr("Job");
    case NameColumn:
        return UiText::tr("Name");
    case StateColumn:
        return UiText::tr("State");
    case SinceColumn:
        return UiText::tr("Since");
    default:
        return {};
    }
}

} // namespace bl
