// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "GoHighlighter.h"
#include "SyntaxHighlighterAdapter.h"

#include <QGuiApplication>
#include <QPalette>

namespace bl {

#ifdef BL_HAVE_KSYNTAXHIGHLIGHTING
// KSyntaxAdapter.cpp
SyntaxHighlighterAdapter *createKSyntaxAdapter(QTextDocument *document, const QString &definitionName,
                                               const QPalette &palette);
#endif

SyntaxHighlighterAdapter *createGoHighlighter(QTextDocument *document, const QPalette &palette)
{
#ifdef BL_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *adapter = createKSyntaxAdapter(document, QStringLiteral("Go"), palette))
        return adapter;
#endif
    return new GoHighlighter(document, palette);
}

SyntaxHighlighterAdapter *createGoHighlighter(QTextDocument *document)
{
    return createGoHighlighter(document, QGuiApplication::palette());
}

SyntaxHighlighterAdapter *createCommandLineHighlighter(QTextDocument *document, const QPalette &palette)
{
#ifdef BL_HAVE_KSYNTAXHIGHLIGHTING
    if (auto *adapter = createKSyntaxAdapter(document, QStringLiteral("Bash"), palette))
        return adapter;
#endif
    return new CommandLineHighlighter(document, palette);
}

SyntaxHighlighterAdapter *createCommandLineHighlighter(QTextDocument *document)
{
    return createCommandLineHighlighter(document, QGuiApplication::palette());
}

} // namespace bl
