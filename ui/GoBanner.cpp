// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "GoBanner.h"

#include "PaletteColors.h"
#include "WindowText.h"
#include "go/GoToolchain.h"

namespace bl {

GoBanner::GoBanner(QWidget *parent)
    : QLabel(parent)
    , m_toolchain(new GoToolchain(this))
{
    setObjectName(QStringLiteral("goBanner"));
    setWordWrap(true);
    setVisible(false);
    setMargin(8);
    setAutoFillBackground(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    setOpenExternalLinks(true);
    connect(m_toolchain, &GoToolchain::ready, this, [this] { m_version = m_toolchain->env().goVersion; });
    connect(m_toolchain, &GoToolchain::failed, this, [this](const QString &message) {
        m_error = message;
        setText(message.toHtmlEscaped());
        setVisible(true);
        Q_EMIT goErrorChanged();
    });
}

void GoBanner::check()
{
    QString error;
    const QString go = GoToolchain::locate(QString(), &error);
    if (go.isEmpty()) {
        m_error = error;
        const PaletteColors colors = PaletteColors::from(palette());
        QPalette p = palette();
        p.setColor(QPalette::Window, PaletteColors::mix(p.color(QPalette::Window), colors.error, 0.18));
        setPalette(p);
        setText(WindowText::tr("<b>Go was not found.</b> %1<br>Install Go 1.%2 or newer from "
                               "<a href=\"https://go.dev/dl/\">go.dev/dl</a> and start Beam Launcher again. You can "
                               "still edit profiles; Build and Launch need Go.")
                    .arg(error.toHtmlEscaped())
                    .arg(GoToolchain::MinimumMinor));
        setVisible(true);
        Q_EMIT goErrorChanged();
        return;
    }
    m_toolchain->probe(go, QProcessEnvironment::systemEnvironment());
}

void GoBanner::cancel()
{
    m_toolchain->cancel();
}

} // namespace bl
