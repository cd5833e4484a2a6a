// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "GoHighlighter.h"

#include "PaletteColors.h"
#include "launch/Constants.h"
#include "UiText.h"

#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <iterator>

namespace bl {

SyntaxHighlighterAdapter::~SyntaxHighlighterAdapter() = default;

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

template <std::size_t N>
bool contains(const QStringView (&words)[N], QStringView word)
{
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
}

constexpr QStringView goKeywords[] = {
    u"break", u"case", u"chan", u"const", u"continue", u"default", u"defer", u"else", u"fallthrough",
    u"for", u"func", u"go", u"goto", u"if", u"import", u"interface", u"map", u"package", u"range",
    u"return", u"select", u"struct", u"switch", u"type", u"var",
};
constexpr QStringView goTypes[] = {
    u"any", u"bool", u"byte", u"comparable", u"complex64", u"complex128", u"error", u"float32",
    u"float64", u"int", u"int8", u"int16", u"int32", u"int64", u"rune", u"string", u"uint",
    u"uint8", u"uint16", u"uint32", u"uint64", u"uintptr",
};
constexpr QStringView goConstants[] = {u"true", u"false", u"iota", u"nil"};
constexpr QStringView goBuiltins[] = {
    u"append", u"cap", u"clear", u"close", u"complex", u"copy", u"delete", u"imag", u"len",
    u"make", u"max", u"min", u"new", u"panic", u"print", u"println", u"real", u"recover",
};

// Length of the escape sequence starting at text[at] == '\\'.
int escapeLength(const QString &text, int at)
{
    const int n = int(text.size());
    if (at + 1 >= n)
        return 1;
    int digits = 0;
    switch (text.at(at + 1).unicode()) {
    case 'x':
        digits = 2;
        break;
    case 'u':
        digits = 4;
        break;
    case 'U':
        digits = 8;
        break;
    default:
        if (text.at(at + 1).isDigit())
            return std::min(4, n - at); // octal \NNN
        return 2;
    }
    return std::min(2 + digits, n - at);
}

QTextCharFormat colored(const QColor &color, bool bold = false, bool italic = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    if (italic)
        format.setFontItalic(true);
    return format;
}

} // namespace

GoHighlighter::GoHighlighter(QTextDocument *document)
    : GoHighlighter(document, QGuiApplication::palette())
{
}

GoHighlighter::GoHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

QString GoHighlighter::engineName() const
{
    return QStringLiteral("built-in");
}

void GoHighlighter::setPalette(const QPalette &palette)
{
    const PaletteColors c = PaletteColors::from(palette);
    m_formats[int(Token::Keyword)] = colored(c.keyword, true);
    m_formats[int(Token::Type)] = colored(c.type);
    m_formats[int(Token::Builtin)] = colored(c.function);
    m_formats[int(Token::Constant)] = colored(c.number);
    m_formats[int(Token::String)] = colored(c.string);
    m_formats[int(Token::Escape)] = colored(c.string, true);
    m_formats[int(Token::Rune)] = colored(c.string);
    m_formats[int(Token::Number)] = colored(c.number);
    m_formats[int(Token::Comment)] = colored(c.muted, false, true);
    m_formats[int(Token::Function)] = colored(c.function, true);
    rehighlight();
}

void GoHighlighter::highlightBlock(const QString &text)
{
    const int n = int(text.size());
    int i = 0;
    const int previous = previousBlockState();
    setCurrentBlockState(Normal);

    // Continue a construct that the previous line left open.
    if (previous == InBlockComment || previous == InRawString) {
        const bool comment = previous == InBlockComment;
        const int end = int(comment ? text.indexOf(QLatin1String("*/")) : text.indexOf(u'`'));
        if (end < 0) {
            setTokenFormat(0, n, comment ? Token::Comment : Token::String);
            setCurrentBlockState(previous);
            return;
        }
        i = end + (comment ? 2 : 1);
        setTokenFormat(0, i, comment ? Token::Comment : Token::String);
    }

    // After "func": the next identifier is the function's name; "(" first means a receiver.
    enum class FuncState { None, AfterFunc, InReceiver, AfterReceiver } funcState = FuncState::None;
    int receiverDepth = 0;

    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c == u'/' && next == u'/') {
            setTokenFormat(i, n - i, Token::Comment);
            return;
        }
        if (c == u'/' && next == u'*') {
            const int end = int(text.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                setTokenFormat(i, n - i, Token::Comment);
                setCurrentBlockState(InBlockComment);
                return;
            }
            setTokenFormat(i, end + 2 - i, Token::Comment);
            i = end + 2;
            continue;
        }
        if (c == u'`') {
            const int end = int(text.indexOf(u'`', i + 1));
            if (end < 0) {
                setTokenFormat(i, n - i, Token::String);
                setCurrentBlockState(InRawString);
                return;
            }
            setTokenFormat(i, end + 1 - i, Token::String);
            i = end + 1;
            continue;
        }
        if (c == u'"' || c == u'\'') {
            const Token token = c == u'"' ? Token::String : Token::Rune;
            int j = i + 1;
            QList<std::pair<int, int>> escapes;
            while (j < n && text.at(j) != c) {
                if (text.at(j) == u'\\') {
                    const int length = escapeLength(text, j);
                    escapes.append({j, length});
                    j += length;
                } else {
                    ++j;
                }
            }
            j = std::min(j + 1, n); // closing quote (an unterminated literal ends at the line's end)
            setTokenFormat(i, j - i, token);
            for (const auto &[start, length] : escapes)
                setTokenFormat(start, length, Token::Escape);
            i = j;
            continue;
        }
        if (c.isDigit() || (c == u'.' && next.isDigit())) {
            int j = i + 1;
            while (j < n) {
                const QChar d = text.at(j);
                const QChar before = text.at(j - 1);
                if (d.isLetterOrNumber() || d == u'_' || d == u'.'
                    || ((d == u'+' || d == u'-') && (before == u'e' || before == u'E' || before == u'p' || before == u'P')))
                    ++j;
                else
                    break;
            }
            setTokenFormat(i, j - i, Token::Number);
            i = j;
            continue;
        }
        if (isIdentifierStart(c)) {
            int j = i + 1;
            while (j < n && isIdentifierChar(text.at(j)))
                ++j;
            const QStringView word = QStringView(text).mid(i, j - i);
            int after = j;
            while (after < n && text.at(after).isSpace())
                ++after;
            const bool call = after < n && text.at(after) == u'(';
            if (contains(goKeywords, word)) {
                setTokenFormat(i, j - i, Token::Keyword);
                funcState = word == u"func" ? FuncState::AfterFunc : FuncState::None;
            } else if (funcState == FuncState::AfterFunc || funcState == FuncState::AfterReceiver) {
                setTokenFormat(i, j - i, Token::Function);
                funcState = FuncState::None;
            } else if (contains(goTypes, word)) {
                setTokenFormat(i, j - i, Token::Type);
            } else if (contains(goConstants, word)) {
                setTokenFormat(i, j - i, Token::Constant);
            } else if (call && contains(goBuiltins, word)) {
                setTokenFormat(i, j - i, Token::Builtin);
            }
            i = j;
            continue;
        }
        if (c == u'(') {
            if (funcState == FuncState::AfterFunc) {
                funcState = FuncState::InReceiver;
                receiverDepth = 1;
            } else if (funcState == FuncState::InReceiver) {
                ++receiverDepth;
            } else {
                funcState = FuncState::None; // func literal: func(...)
            }
        } else if (c == u')' && funcState == FuncState::InReceiver) {
            if (--receiverDepth == 0)
                funcState = FuncState::AfterReceiver;
        } else if (!c.isSpace() && funcState != FuncState::InReceiver) {
            funcState = FuncState::None;
        }
        ++i;
    }
}

CommandLineHighlighter::CommandLineHighlighter(QTextDocument *document)
    : CommandLineHighlighter(document, QGuiApplication::palette())
{
}

CommandLineHighlighter::CommandLineHighlighter(QTextDocument *document, const QPalette &palette)
    : QSyntaxHighlighter(document)
{
    setPalette(palette);
}

QString CommandLineHighlighter::engineName() const
{
    return QStringLiteral("built-in");
}

void CommandLineHighlighter::setPalette(const QPalette &palette)
{
    const PaletteColors c = PaletteColors::from(palette);
    m_formats[int(Token::Program)] = colored(c.function, true);
    m_formats[int(Token::Flag)] = colored(c.keyword);
    m_formats[int(Token::String)] = colored(c.string);
    QTextCharFormat secret = colored(c.warning, true);
    secret.setBackground(PaletteColors::mix(c.base, c.warning, c.dark ? 0.2 : 0.12));
    secret.setToolTip(UiText::tr("Secret value, hidden"));
    m_formats[int(Token::Secret)] = secret;
    m_formats[int(Token::Operator)] = colored(c.muted, true);
    rehighlight();
}

void CommandLineHighlighter::highlightBlock(const QString &text)
{
    // Block state 1: the program was seen on an earlier line (a "\"-continued command).
    bool programSeen = previousBlockState() == 1;
    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        while (i < n && text.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        // One shell word: up to unquoted whitespace; remember where quotes are.
        const int start = i;
        QList<std::pair<int, int>> quoted;
        while (i < n && !text.at(i).isSpace()) {
            const QChar c = text.at(i);
            if (c == u'\'' || c == u'"') {
                int end = i + 1;
                while (end < n && text.at(end) != c) {
                    if (c == u'"' && text.at(end) == u'\\')
                        ++end;
                    ++end;
                }
                end = std::min(end + 1, n);
                quoted.append({i, end - i});
                i = end;
            } else {
                i += (c == u'\\' && i + 1 < n) ? 2 : 1;
            }
        }
        const QStringView word = QStringView(text).mid(start, i - start);
        const qsizetype equals = word.indexOf(u'=');
        const bool assignment = !programSeen && equals > 0 && isIdentifierStart(word.front());
        if (word == u"\\" || word == u"|" || word == u"&&" || word == u";") {
            setFormat(start, int(word.size()), m_formats[int(Token::Operator)]);
        } else if (word.startsWith(u'-')) {
            setFormat(start, int(equals > 0 ? equals + 1 : word.size()), m_formats[int(Token::Flag)]);
        } else if (assignment) {
            setFormat(start, int(equals + 1), m_formats[int(Token::Flag)]);
        } else if (!programSeen) {
            setFormat(start, int(word.size()), m_formats[int(Token::Program)]);
            programSeen = true;
        }
        for (const auto &[at, length] : quoted)
            setFormat(at, length, m_formats[int(Token::String)]);
        const qsizetype maskLength = SecretMask.size();
        for (qsizetype at = word.indexOf(SecretMask); at >= 0; at = word.indexOf(SecretMask, at + maskLength)) {
            qsizetype end = at + maskLength;
            while (end < word.size() && word.at(end) == u'*')
                ++end;
            setFormat(start + int(at), int(end - at), m_formats[int(Token::Secret)]);
            at = end - maskLength;
        }
    }
    setCurrentBlockState(programSeen ? 1 : 0);
}

} // namespace bl
