// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "GoBanner.h"

#include "PaletteColors.h"
#include "UiText.h"
#include "WindowText.h"
#include "go/GoToolchain.h"
#include "launch/FirstLaunchCost.h"

#include <QCoreApplication>

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
    connect(m_toolchain, &GoToolchain::ready, this, [this] {
        m_version = m_toolchain->env().goVersion;
        estimate();
    });
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
        setText(UiText::tr("<b>Go was not found.</b> %1<br>Install Go 1.%2 or newer from "
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
    m_costRuns.cancel();
}

void GoBanner::showFirstLaunchCost(const LaunchSettings &settings)
{
    m_costSettings = settings;
    estimate();
}

void GoBanner::estimate()
{
    m_costRuns.begin();
    if (!m_error.isEmpty() || m_version.isEmpty()) // Go missing, or not known yet (ready() comes back here)
        return;
    const QString packageDir = m_costSettings.packageDir;
    if (packageDir.isEmpty() || m_costSettings.usesPrebuiltBinaries()) {
        showCost(QString());
        return;
    }
    const QString modCache = m_toolchain->env().goModCache;
    const bool managedPrism = m_costSettings.localJobServer;
    // File checks over go.sum's modules: off the GUI thread.
    runInBackground(
        this,
        [packageDir, modCache, managedPrism] { return FirstLaunchCost::estimate(packageDir, modCache, managedPrism); },
        m_costRuns.guard([this](const FirstLaunchCost &cost) { showCost(cost.isCold() ? cost.text() : QString()); }));
}

void GoBanner::showCost(const QString &text)
{
    if (!m_error.isEmpty())
        return;
    m_costText = text;
    if (text.isEmpty()) {
        setVisible(false);
        return;
    }
    const PaletteColors colors = PaletteColors::from(palette());
    QPalette p = palette();
    p.setColor(QPalette::Window, PaletteColors::mix(p.color(QPalette::Window), colors.note, 0.14));
    setPalette(p);
    setText(text.toHtmlEscaped());
    setVisible(true);
}

} // namespace bl
