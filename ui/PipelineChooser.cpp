// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "PipelineChooser.h"

#include "UiText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace bl {

PipelineChooser::PipelineChooser(const PipelineSearch &search, QWidget *parent)
    : QDialog(parent)
    , m_pipelines(search.pipelines)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("pipelineChooser"));
    setWindowTitle(UiText::tr("Choose a Pipeline"));
    auto *label = new QLabel(UiText::tr("%1 holds %n Beam pipelines. Which one should the profile build?", nullptr,
                                int(search.pipelines.size()))
                                 .arg(QDir::toNativeSeparators(search.folder)),
                             this);
    label->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("pipelineList"));
    for (const PipelineCandidate &c : std::as_const(m_pipelines)) {
        auto *item = new QListWidgetItem(c.importPath, m_list);
        item->setToolTip(QDir::toNativeSeparators(c.dir));
    }
    m_list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
}

PipelineCandidate PipelineChooser::chosen() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_pipelines.size() ? m_pipelines.at(row) : PipelineCandidate();
}

} // namespace bl
