// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "RunnerOptionWidgets.h"

#include "launch/RunnerCatalog.h"
#include "UiText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

namespace bl {

QWidget *createRunnerOptionWidget(const RunnerOption &option, const QString &value, QWidget *parent,
                                  const std::function<void()> &edited)
{
    QWidget *widget = nullptr;
    if (option.type == u"bool") {
        auto *check = new QCheckBox(parent);
        check->setChecked(value == u"true");
        QObject::connect(check, &QCheckBox::toggled, check, edited);
        widget = check;
    } else if (option.type == u"enum") {
        auto *combo = new QComboBox(parent);
        for (const QString &choice : option.values)
            combo->addItem(choice.isEmpty() ? UiText::tr("(default)") : choice, choice);
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
        QObject::connect(combo, &QComboBox::currentIndexChanged, combo, edited);
        widget = combo;
    } else {
        auto *line = new QLineEdit(parent);
        line->setText(value);
        line->setClearButtonEnabled(true);
        if (option.type == u"int" && option.hasRange)
            line->setPlaceholderText(UiText::tr("%1 to %2").arg(option.min).arg(option.max));
        else if (option.required)
            line->setPlaceholderText(UiText::tr("required"));
        QObject::connect(line, &QLineEdit::textChanged, line, edited);
        widget = line;
    }
    const QString tip = option.help + (option.required ? UiText::tr("\nRequired.") : QString());
    widget->setObjectName(QStringLiteral("option_") + option.name);
    widget->setToolTip(tip);
    widget->setAccessibleName(option.name);
    widget->setAccessibleDescription(option.help);
    return widget;
}

QString runnerOptionValue(const QWidget *widget)
{
    if (auto *check = qobject_cast<const QCheckBox *>(widget))
        return check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
    if (auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentData().toString();
    if (auto *line = qobject_cast<const QLineEdit *>(widget))
        return line->text().trimmed();
    return QString();
}

} // namespace bl
