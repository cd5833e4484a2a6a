// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "EnvironmentTable.h"

#include "launch/Constants.h"
#include "UiText.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QStyledItemDelegate>
#include <QTableWidget>

namespace bl {

namespace {

constexpr int NameColumn = 0;
constexpr int ValueColumn = 1;
constexpr int SecretColumn = 2;

/// Shows the values of secret variables masked and edits them like passwords.
class VariableValueDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool isSecret(const QModelIndex &index)
    {
        return index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecret(index)) {
            line->setEchoMode(QLineEdit::Password);
            line->setPlaceholderText(UiText::tr("New secret value"));
        }
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!isSecret(index))
            return;
        if (index.data().toString().isEmpty()) {
            option->text = UiText::tr("(in the keychain)");
            option->palette.setColor(QPalette::Text, option->palette.color(QPalette::PlaceholderText));
        } else {
            option->text = SecretMask.toString();
        }
    }
};

} // namespace

EnvironmentTable::EnvironmentTable(QTableWidget *table)
    : m_table(table)
{
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(NameColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SecretColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(NameColumn, 140);
    m_table->setItemDelegateForColumn(ValueColumn, new VariableValueDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

void EnvironmentTable::setVariables(const QList<EnvironmentVariable> &variables)
{
    m_table->setRowCount(0);
    for (const EnvironmentVariable &variable : variables) {
        EnvironmentVariable shown = variable;
        if (shown.secret)
            shown.value.clear(); // never shown, never kept here
        add(shown, false);
    }
}

QList<EnvironmentVariable> EnvironmentTable::variables() const
{
    QList<EnvironmentVariable> variables;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, NameColumn);
        const QTableWidgetItem *value = m_table->item(row, ValueColumn);
        const QTableWidgetItem *secret = m_table->item(row, SecretColumn);
        EnvironmentVariable variable;
        variable.name = name ? name->text().trimmed() : QString();
        variable.value = value ? value->text() : QString();
        variable.secret = secret && secret->checkState() == Qt::Checked;
        if (!variable.name.isEmpty() || !variable.value.isEmpty())
            variables << variable;
    }
    return variables;
}

void EnvironmentTable::add(const EnvironmentVariable &variable, bool edit)
{
    const bool blocked = m_table->blockSignals(true);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(variable.name));
    m_table->setItem(row, ValueColumn, new QTableWidgetItem(variable.value));
    auto *secret = new QTableWidgetItem();
    secret->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    secret->setCheckState(variable.secret ? Qt::Checked : Qt::Unchecked);
    secret->setToolTip(UiText::tr("Keep the value in the system keychain and mask it everywhere"));
    m_table->setItem(row, SecretColumn, secret);
    m_table->blockSignals(blocked);
    if (edit) {
        m_table->setCurrentCell(row, NameColumn);
        m_table->editItem(m_table->item(row, NameColumn));
    }
}

bool EnvironmentTable::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return false;
    m_table->removeRow(row);
    return true;
}

void EnvironmentTable::onItemChanged(QTableWidgetItem *item)
{
    if (item->column() == SecretColumn)
        m_table->viewport()->update();
}

} // namespace bl
