// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "pipeline/PipelineFlags.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;
QT_END_NAMESPACE

namespace bl {

/// The pipeline's own options as a form, generated from the flags its launcher prints.
///
/// One row per flag (name, type, value, default; the usage as tooltip), grouped: the
/// pipeline's own flags first and open, Beam's and the runners' folded. The editor fits the
/// type (check box for bool, spin box for int and uint, text otherwise, checked as Go's flag
/// package would parse it). A value that differs from its default is bold and has a reset
/// button. Words the form cannot show (unknown flags, arguments) stay as typed in "More
/// flags", with a warning naming the flags the pipeline does not define.
///
/// What it edits is the profile's pipeline flags: pipelineFlags() gives "--name=value" for
/// every value that is not the default, then the extra words.
class OptionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OptionsPanel(QWidget *parent = nullptr);
    ~OptionsPanel() override;

    /// The launcher's flags (empty: not known, only free text).
    void setFlags(const PipelineFlagList &flags);
    const PipelineFlagList &flags() const { return m_flags; }
    /// One line above the table: "Reading the flags…", or why they are not known.
    void setStatus(const QString &text);

    void setPipelineFlags(const QStringList &words);
    QStringList pipelineFlags() const;
    /// The flags in the words that the pipeline does not define.
    QStringList unknownFlags() const;
    /// "name: why" for every value Go would refuse.
    QStringList invalidValues() const;

    /// The row of a flag, for tests and the window.
    QTreeWidgetItem *itemFor(const QString &name) const;
    QWidget *editorFor(const QString &name) const;

Q_SIGNALS:
    void pipelineFlagsChanged();

private:
    void rebuild();
    QWidget *makeEditor(const PipelineFlag &flag, QTreeWidgetItem *item);
    void setValue(const QString &name, const QString &value);
    void refreshRow(const QString &name);
    void refreshWarning();
    void onExtraEdited();

    QLabel *m_status;
    QTreeWidget *m_tree;
    QLineEdit *m_extra;
    QLabel *m_warning;
    PipelineFlagList m_flags;
    PipelineFlags::FormValues m_form;
    bool m_loading = false;
};

} // namespace bl
