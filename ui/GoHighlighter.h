// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SyntaxHighlighterAdapter.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace bl {

/// Built-in Go highlighting: a small scanner per block (so "//" inside a string is no comment),
/// with block states carrying /* */ comments and `raw strings` across lines.
class GoHighlighter final : public QSyntaxHighlighter, public SyntaxHighlighterAdapter
{
    Q_OBJECT

public:
    enum class Token { Keyword, Type, Builtin, Constant, String, Escape, Rune, Number, Comment, Function };
    enum BlockState { Normal = 0, InBlockComment = 1, InRawString = 2 };

    explicit GoHighlighter(QTextDocument *document);
    GoHighlighter(QTextDocument *document, const QPalette &palette);

    QString engineName() const override;
    void setPalette(const QPalette &palette) override;
    QSyntaxHighlighter *syntaxHighlighter() override { return this; }

    QTextCharFormat tokenFormat(Token token) const { return m_formats[static_cast<int>(token)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void setTokenFormat(int start, int length, Token token) { setFormat(start, length, tokenFormat(token)); }
    QTextCharFormat m_formats[10];
};

/// Built-in highlighting of a shell command line: the program, --flags (up to '='),
/// quoted strings and masked secrets ("********").
class CommandLineHighlighter final : public QSyntaxHighlighter, public SyntaxHighlighterAdapter
{
    Q_OBJECT

public:
    enum class Token { Program, Flag, String, Secret, Operator };

    explicit CommandLineHighlighter(QTextDocument *document);
    CommandLineHighlighter(QTextDocument *document, const QPalette &palette);

    QString engineName() const override;
    void setPalette(const QPalette &palette) override;
    QSyntaxHighlighter *syntaxHighlighter() override { return this; }

    QTextCharFormat tokenFormat(Token token) const { return m_formats[static_cast<int>(token)]; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_formats[5];
};

} // namespace bl
