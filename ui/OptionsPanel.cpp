// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "OptionsPanel.h"

#include "UiText.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <limits>

namespace bl {

namespace {

constexpr int NameColumn = 0;
constexpr int TypeColumn = 1;
constexpr int ValueColumn = 2;
constexpr int DefaultColumn = 3;
constexpr int ResetColumn = 4;
constexpr int FlagRole = Qt::UserRole + 1;

QString quoteWord(const QString &word)
{
    if (!word.isEmpty() && !word.contains(u' ') && !word.contains(u'"') && !word.contains(u'\t'))
        return word;
    QString quoted = word;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\"\"")); // QProcess::splitCommand's escape
    return u'"' + quoted + u'"';
}

/// The value fits a spin box (an int), so the spin box can show it unchanged.
bool fitsSpinBox(const PipelineFlag &flag, const QString &value)
{
    if (!flag.validate(value).isEmpty())
        return false;
    bool ok = false;
    const qlonglong v = value.toLongLong(&ok, 10);
    return ok && v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()
        && QString::number(v) == value;
}

} // namespace

OptionsPanel::OptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_extra(new QLineEdit(this))
    , m_warning(new QLabel(this))
{
    m_status->setObjectName(QStringLiteral("optionsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_tree->setObjectName(QStringLiteral("optionsTree"));
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels({UiText::tr("Option"), UiText::tr("Type"), UiText::tr("Value"), UiText::tr("Default"), QString()});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(TypeColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(DefaultColumn, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(ResetColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_extra->setObjectName(QStringLiteral("optionsExtraEdit"));
    m_extra->setPlaceholderText(UiText::tr("--flag=value ... (flags the table does not show)"));
    m_warning->setObjectName(QStringLiteral("optionsWarning"));
    m_warning->setWordWrap(true);
    m_warning->hide();
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x5a, 0x00));
    m_warning->setPalette(warningPalette);

    auto *extraForm = new QFormLayout;
    extraForm->setContentsMargins(0, 0, 0, 0);
    extraForm->addRow(UiText::tr("More flags:"), m_extra);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addLayout(extraForm);
    layout->addWidget(m_warning);
    connect(m_extra, &QLineEdit::textEdited, this, &OptionsPanel::onExtraEdited);
    rebuild();
}

OptionsPanel::~OptionsPanel() = default;

void OptionsPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void OptionsPanel::setFlags(const PipelineFlagList &flags)
{
    const QStringList words = pipelineFlags();
    m_flags = PipelineFlags::offered(flags);
    m_form = PipelineFlags::toForm(m_flags, words);
    rebuild();
}

void OptionsPanel::setPipelineFlags(const QStringList &words)
{
    m_form = PipelineFlags::toForm(m_flags, words);
    rebuild();
}

QStringList OptionsPanel::pipelineFlags() const
{
    return PipelineFlags::fromForm(m_flags, m_form);
}

QStringList OptionsPanel::unknownFlags() const
{
    if (m_flags.isEmpty())
        return {};
    return PipelineFlags::unknownFlags(m_flags, m_form.extra);
}

QStringList OptionsPanel::invalidValues() const
{
    QStringList invalid;
    for (const PipelineFlag &flag : m_flags) {
        const auto it = m_form.values.constFind(flag.name);
        if (it == m_form.values.cend())
            continue;
        const QString error = flag.validate(*it);
        if (!error.isEmpty())
            invalid << flag.name + QStringLiteral(": ") + error;
    }
    return invalid;
}

QTreeWidgetItem *OptionsPanel::itemFor(const QString &name) const
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_tree->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(NameColumn, FlagRole).toString() == name)
                return group->child(i);
        }
    }
    return nullptr;
}

QWidget *OptionsPanel::editorFor(const QString &name) const
{
    QTreeWidgetItem *item = itemFor(name);
    return item ? m_tree->itemWidget(item, ValueColumn) : nullptr;
}

void OptionsPanel::rebuild()
{
    m_loading = true;
    m_tree->clear();
    m_tree->setVisible(!m_flags.isEmpty());
    for (const PipelineFlag::Group group :
         {PipelineFlag::Group::Pipeline, PipelineFlag::Group::Beam, PipelineFlag::Group::Runner}) {
        QTreeWidgetItem *groupItem = nullptr;
        for (const PipelineFlag &flag : std::as_const(m_flags)) {
            if (flag.group != group)
                continue;
            if (!groupItem) {
                groupItem = new QTreeWidgetItem(m_tree, {PipelineFlag::groupDisplayName(group)});
                groupItem->setFirstColumnSpanned(true);
                QFont font = groupItem->font(NameColumn);
                font.setItalic(true);
                groupItem->setFont(NameColumn, font);
            }
            auto *item = new QTreeWidgetItem(groupItem);
            item->setText(NameColumn, flag.name);
            item->setData(NameColumn, FlagRole, flag.name);
            item->setText(TypeColumn, flag.kind == PipelineFlag::Kind::Value && !flag.typeName.isEmpty()
                                          ? flag.typeName
                                          : PipelineFlag::kindName(flag.kind));
            item->setText(DefaultColumn, flag.defaultValue);
            for (int c = NameColumn; c <= DefaultColumn; ++c)
                item->setToolTip(c, flag.usage);
            m_tree->setItemWidget(item, ValueColumn, makeEditor(flag, item));
            auto *reset = new QToolButton(m_tree);
            reset->setObjectName(QStringLiteral("reset_") + flag.name);
            reset->setText(UiText::tr("Reset"));
            reset->setToolTip(UiText::tr("Back to the default, %1").arg(flag.defaultValue.isEmpty() ? UiText::tr("(empty)") : flag.defaultValue));
            reset->setAutoRaise(true);
            const QString name = flag.name;
            connect(reset, &QToolButton::clicked, this, [this, name] {
                m_form.values.remove(name);
                rebuild();
                Q_EMIT pipelineFlagsChanged();
            });
            m_tree->setItemWidget(item, ResetColumn, reset);
        }
        // The pipeline's own flags open; Beam's and the runners' folded unless one is set.
        if (groupItem) {
            bool anySet = group == PipelineFlag::Group::Pipeline;
            for (int i = 0; i < groupItem->childCount() && !anySet; ++i)
                anySet = m_form.values.contains(groupItem->child(i)->data(NameColumn, FlagRole).toString());
            groupItem->setExpanded(anySet);
        }
    }
    for (const PipelineFlag &flag : std::as_const(m_flags))
        refreshRow(flag.name);
    QStringList extra;
    for (const QString &word : std::as_const(m_form.extra))
        extra << quoteWord(word);
    if (!m_extra->hasFocus())
        m_extra->setText(extra.join(u' '));
    refreshWarning();
    m_loading = false;
}

QWidget *OptionsPanel::makeEditor(const PipelineFlag &flag, QTreeWidgetItem *item)
{
    Q_UNUSED(item)
    const QString name = flag.name;
    const QString value = m_form.values.value(name, flag.defaultValue);
    if (flag.kind == PipelineFlag::Kind::Bool && flag.validate(value).isEmpty()) {
        auto *check = new QCheckBox(m_tree);
        check->setChecked(PipelineFlag{name, {}, PipelineFlag::Kind::Bool, QStringLiteral("true"), {}, flag.group}
                              .isDefault(value));
        connect(check, &QCheckBox::toggled, this, [this, name](bool on) {
            setValue(name, on ? QStringLiteral("true") : QStringLiteral("false"));
        });
        return check;
    }
    if ((flag.kind == PipelineFlag::Kind::Int || flag.kind == PipelineFlag::Kind::Uint) && fitsSpinBox(flag, value)) {
        auto *spin = new QSpinBox(m_tree);
        spin->setRange(flag.kind == PipelineFlag::Kind::Uint ? 0 : std::numeric_limits<int>::min(),
                       std::numeric_limits<int>::max());
        spin->setValue(value.toInt());
        spin->setAccelerated(true);
        connect(spin, &QSpinBox::valueChanged, this, [this, name](int v) { setValue(name, QString::number(v)); });
        return spin;
    }
    auto *edit = new QLineEdit(value, m_tree);
    edit->setFrame(false);
    edit->setPlaceholderText(flag.defaultValue.isEmpty() ? UiText::tr("(empty)") : QString());
    connect(edit, &QLineEdit::textEdited, this, [this, name](const QString &text) { setValue(name, text); });
    return edit;
}

void OptionsPanel::setValue(const QString &name, const QString &value)
{
    if (m_loading)
        return;
    m_form.values.insert(name, value);
    refreshRow(name);
    refreshWarning();
    Q_EMIT pipelineFlagsChanged();
}

void OptionsPanel::refreshRow(const QString &name)
{
    QTreeWidgetItem *item = itemFor(name);
    const PipelineFlag *flag = PipelineFlags::find(m_flags, name);
    if (!item || !flag)
        return;
    const auto it = m_form.values.constFind(name);
    const bool changed = it != m_form.values.cend() && !flag->isDefault(*it);
    QFont font = item->font(NameColumn);
    font.setBold(changed);
    item->setFont(NameColumn, font);
    if (QWidget *editor = m_tree->itemWidget(item, ValueColumn)) {
        QFont editorFont = editor->font();
        editorFont.setBold(changed);
        editor->setFont(editorFont);
    }
    // The view shows its item widgets itself, so an unneeded reset button is emptied, not hidden.
    if (auto *reset = qobject_cast<QToolButton *>(m_tree->itemWidget(item, ResetColumn))) {
        reset->setEnabled(changed);
        reset->setText(changed ? UiText::tr("Reset") : QString());
    }
    const QString error = it == m_form.values.cend() ? QString() : flag->validate(*it);
    item->setIcon(NameColumn, error.isEmpty() ? QIcon() : QIcon(QStringLiteral(":/beam-launcher/icons/warning.svg")));
    item->setToolTip(ValueColumn, error.isEmpty() ? flag->usage : error);
}

void OptionsPanel::refreshWarning()
{
    QStringList lines;
    const QStringList unknown = unknownFlags();
    if (!unknown.isEmpty())
        lines << UiText::tr("The pipeline defines no flag %1: Go's flag package will refuse it.", nullptr, int(unknown.size()))
                     .arg(QStringLiteral("-") + unknown.join(QStringLiteral(", -")));
    lines += invalidValues();
    m_warning->setText(lines.join(u'\n'));
    m_warning->setVisible(!lines.isEmpty());
}

void OptionsPanel::onExtraEdited()
{
    m_form.extra = QProcess::splitCommand(m_extra->text());
    refreshWarning();
    Q_EMIT pipelineFlagsChanged();
}

} // namespace bl
