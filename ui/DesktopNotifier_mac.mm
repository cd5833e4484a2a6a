// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// macOS: notifications are the tray's message (DesktopNotifier.cpp; Qt hands it to the
// Notification Center); the Dock's icon shows the launch's progress as its badge ("42%" while
// building, "..." while the job runs, "!" after a failure until the next launch). Written to
// compile there, not built or run here: see docs/PLATFORMS.md.
#include "DesktopNotifier.h"

#import <AppKit/AppKit.h>

namespace bl {

namespace {

class DockBackend final : public NotifierBackend
{
public:
    QString name() const override { return QStringLiteral("NSDockTile"); }
    bool notify(const QString &, const QString &, bool, quint64) override { return false; } // the tray's

    void setProgress(DesktopNotifier::Progress progress, double fraction, bool urgent) override
    {
        NSString *label = nil;
        switch (progress) {
        case DesktopNotifier::Progress::None:
            label = urgent ? @"!" : nil;
            break;
        case DesktopNotifier::Progress::Busy:
            label = @"...";
            break;
        case DesktopNotifier::Progress::Fraction:
            label = [NSString stringWithFormat:@"%d%%", int(fraction * 100 + 0.5)];
            break;
        }
        [[NSApp dockTile] setBadgeLabel:label];
    }
};

} // namespace

std::unique_ptr<NotifierBackend> makeNotifierBackend(QWidget *, NotifierHooks)
{
    return std::make_unique<DockBackend>();
}

} // namespace bl
