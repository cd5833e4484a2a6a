// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace bl::test {

/// With BL_SCREENSHOT_DIR set (docs/screenshots, under Xvfb), saves what `widget` shows as
/// NAME.png there, once pending paints are done; nothing otherwise.
inline void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("BL_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    if (!widget->grab().save(dir + u'/' + name + QStringLiteral(".png")))
        qWarning("could not save the screenshot %s", qPrintable(name));
}

} // namespace bl::test
