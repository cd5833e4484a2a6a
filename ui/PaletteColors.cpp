// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "PaletteColors.h"

#include <QPalette>

namespace bl {

bool PaletteColors::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < palette.color(QPalette::Text).lightnessF();
}

QColor PaletteColors::mix(const QColor &a, const QColor &b, double ratio)
{
    const double keep = 1.0 - ratio;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * ratio),
                            float(a.greenF() * keep + b.greenF() * ratio),
                            float(a.blueF() * keep + b.blueF() * ratio));
}

PaletteColors PaletteColors::from(const QPalette &palette)
{
    PaletteColors c;
    c.dark = isDark(palette);
    c.text = palette.color(QPalette::Text);
    c.base = palette.color(QPalette::Base);
    c.muted = mix(c.text, c.base, 0.4);
    // Hues in the spirit of Breeze: readable on white (light) and on #1e1e1e-ish bases (dark).
    if (c.dark) {
        c.error = QColor(0xff, 0x6b, 0x6b);
        c.warning = QColor(0xf0, 0xb4, 0x4c);
        c.note = QColor(0x6c, 0xb6, 0xff);
        c.link = QColor(0x7a, 0xc8, 0xff);
        c.keyword = QColor(0xc6, 0x8c, 0xf5);
        c.type = QColor(0x4e, 0xc9, 0xb0);
        c.string = QColor(0xe0, 0xa8, 0x6e);
        c.number = QColor(0xb5, 0xce, 0x8a);
        c.function = QColor(0x8c, 0xc4, 0xff);
    } else {
        c.error = QColor(0xc0, 0x1c, 0x28);
        c.warning = QColor(0x9a, 0x5b, 0x00);
        c.note = QColor(0x1c, 0x5f, 0xb0);
        c.link = palette.color(QPalette::Link);
        c.keyword = QColor(0x7a, 0x1f, 0xa2);
        c.type = QColor(0x00, 0x7a, 0x6c);
        c.string = QColor(0xa3, 0x3b, 0x00);
        c.number = QColor(0x2e, 0x6b, 0x00);
        c.function = QColor(0x1a, 0x4f, 0x9c);
    }
    c.lineHighlight = mix(c.base, palette.color(QPalette::Highlight), c.dark ? 0.35 : 0.18);
    c.findHighlight = mix(c.base, QColor(0xf5, 0xc2, 0x11), c.dark ? 0.45 : 0.55);
    return c;
}

} // namespace bl
