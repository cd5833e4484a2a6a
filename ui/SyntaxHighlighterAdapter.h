// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QPalette;
class QSyntaxHighlighter;
class QTextDocument;

namespace bl {

/// What the views need from a highlighter, whichever engine is behind it: the built-in rules
/// (GoHighlighter, CommandLineHighlighter) or KDE Syntax Highlighting (KSyntaxAdapter, built
/// only when CMake finds KF6SyntaxHighlighting; BL_HAVE_KSYNTAXHIGHLIGHTING is then defined).
/// Implementations are QSyntaxHighlighters owned by their document.
class SyntaxHighlighterAdapter
{
public:
    SyntaxHighlighterAdapter() = default;
    virtual ~SyntaxHighlighterAdapter();
    Q_DISABLE_COPY_MOVE(SyntaxHighlighterAdapter)

    /// "built-in" or "KSyntaxHighlighting", for the about box and for tests.
    virtual QString engineName() const = 0;
    /// Picks colours (or a light/dark theme) for \a palette and re-highlights.
    virtual void setPalette(const QPalette &palette) = 0;
    virtual QSyntaxHighlighter *syntaxHighlighter() = 0;
};

/// A Go highlighter for \a document (which owns it): KSyntaxHighlighting's "Go" definition
/// when available, otherwise GoHighlighter. Colours follow \a palette.
SyntaxHighlighterAdapter *createGoHighlighter(QTextDocument *document, const QPalette &palette);
SyntaxHighlighterAdapter *createGoHighlighter(QTextDocument *document);
/// A highlighter for a shell command line (the command preview): KSyntaxHighlighting's "Bash"
/// definition when available, otherwise CommandLineHighlighter.
SyntaxHighlighterAdapter *createCommandLineHighlighter(QTextDocument *document, const QPalette &palette);
SyntaxHighlighterAdapter *createCommandLineHighlighter(QTextDocument *document);

} // namespace bl
