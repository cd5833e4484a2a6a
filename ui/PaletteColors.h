// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>

class QPalette;

namespace bl {

/// Accent colours for text views, chosen from the palette's lightness so that both light and
/// dark themes read well: darker, saturated hues on light bases; lighter, softer hues on dark.
struct PaletteColors
{
    QColor text;        ///< the palette's Text
    QColor base;        ///< the palette's Base
    QColor muted;       ///< secondary text (comments, info lines)
    QColor error;
    QColor warning;
    QColor note;        ///< info / debug accents
    QColor link;
    QColor keyword;
    QColor type;
    QColor string;
    QColor number;
    QColor function;
    QColor lineHighlight; ///< full-width background of a marked line
    QColor findHighlight; ///< background of find matches
    bool dark = false;

    static PaletteColors from(const QPalette &palette);
    static bool isDark(const QPalette &palette);
    /// Linear mix: 0 gives \a a, 1 gives \a b.
    static QColor mix(const QColor &a, const QColor &b, double ratio);
};

} // namespace bl
