// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "ProblemsModel.h"

#include "UiText.h"

#include <QDir>
#include <QIcon>

#include <algorithm>

namespace bl {

namespace {

QIcon severityIcon(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QIcon(QStringLiteral(":/beam-launcher/icons/error.svg"));
    case Diagnostic::Severity::Warning:
        return QIcon(QStringLiteral(":/beam-launcher/icons/warning.svg"));
    case Diagnostic::Severity::Note:
        return QIcon(QStringLiteral(":/beam-launcher/icons/note.svg"));
    }
    return QIcon();
}

QString severityText(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return UiText::tr("Error");
    case Diagnostic::Severity::Warning:
        return UiText::tr("Warning");
    case Diagnostic::Severity::Note:
        return UiText::tr("Note");
    }
    return QString();
}

bool sameProblem(const Diagnostic &a, const Diagnostic &b)
{
    return a.file == b.file && a.line == b.line && a.column == b.column && a.severity == b.severity
        && a.message == b.message;
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProblemsModel::addDiagnostics(const QString &target, const Diagnostics &diagnostics)
{
    QList<Row> added;
    for (const Diagnostic &diagnostic : diagnostics) {
        const auto same = [&](const Row &row) { return sameProblem(row.diagnostic, diagnostic); };
        auto existing = std::find_if(m_rows.begin(), m_rows.end(), same);
        if (existing != m_rows.end()) {
            if (!existing->targets.contains(target)) {
                existing->targets.append(target);
                const int row = int(existing - m_rows.begin());
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        auto pending = std::find_if(added.begin(), added.end(), same);
        if (pending == added.end())
            added.append({diagnostic, {target}});
    }
    if (added.isEmpty())
        return;
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    m_rows += added;
    endInsertRows();
}

void ProblemsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ProblemsModel::setBaseDirectory(const QString &dir)
{
    m_baseDir = dir;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, FileColumn), index(int(m_rows.size()) - 1, FileColumn), {Qt::DisplayRole});
}

Diagnostic ProblemsModel::diagnostic(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).diagnostic : Diagnostic();
}

QStringList ProblemsModel::targets(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).targets : QStringList();
}

int ProblemsModel::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [severity](const Row &row) { return row.diagnostic.severity == severity; }));
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProblemsModel::displayFile(const QString &file) const
{
    if (file.isEmpty() || m_baseDir.isEmpty())
        return QDir::toNativeSeparators(file);
    const QString relative = QDir(m_baseDir).relativeFilePath(file);
    // Outside the base folder (module cache, GOROOT): the full path says more than ../../..
    if (relative.startsWith(QStringLiteral("../")) || QDir::isAbsolutePath(relative))
        return QDir::toNativeSeparators(file);
    return QDir::toNativeSeparators(relative);
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const Diagnostic &d = row.diagnostic;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityText(d.severity);
        case FileColumn:
            return displayFile(d.file);
        case LineColumn:
            return d.line > 0 ? QVariant(d.line) : QVariant();
        case ColumnColumn:
            return d.column > 0 ? QVariant(d.column) : QVariant();
        case MessageColumn:
            // First line in the table; the full text is in the tooltip.
            return d.message.section(u'\n', 0, 0);
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        return index.column() == SeverityColumn ? QVariant(severityIcon(d.severity)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = d.toString();
        if (!d.package.isEmpty())
            tip += u'\n' + UiText::tr("Package: %1").arg(d.package);
        tip += u'\n' + UiText::tr("Reported by: %1").arg(row.targets.join(QStringLiteral(", ")));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn || index.column() == ColumnColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant();
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case SeverityRole:
        return static_cast<int>(d.severity);
    case TargetRole:
        return row.targets.join(QStringLiteral(", "));
    case DiagnosticRole:
        return QVariant::fromValue(d);
    default:
        return QVariant();
    }
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return UiText::tr("Severity");
    case FileColumn:
        return UiText::tr("File");
    case LineColumn:
        return UiText::tr("Line");
    case ColumnColumn:
        return UiText::tr("Column");
    case MessageColumn:
        return UiText::tr("Message");
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ProblemsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(FileRole, "file");
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(SeverityRole, "severity");
    names.insert(TargetRole, "target");
    names.insert(DiagnosticRole, "diagnostic");
    return names;
}

} // namespace bl
