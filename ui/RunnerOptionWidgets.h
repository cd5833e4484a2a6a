// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace bl {

struct RunnerOption;

/// The editor's field for one of a runner's own options, by its catalog type: bool → check
/// box, enum → combo box, anything else → line edit (help as tooltip). `edited` runs on
/// every change.
QWidget *createRunnerOptionWidget(const RunnerOption &option, const QString &value, QWidget *parent,
                                  const std::function<void()> &edited);
/// What such a field holds, as the option's value ("true"/"false" for a check box).
QString runnerOptionValue(const QWidget *widget);

} // namespace bl
