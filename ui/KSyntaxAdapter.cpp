// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The KDE Syntax Highlighting (KF6) engine behind SyntaxHighlighterAdapter. Compiled only when
// CMake finds KF6SyntaxHighlighting (see ui/CMakeLists.txt); everything else uses the built-in
// highlighters. The whole KF6 dependency of the program lives in this file.
#include "PaletteColors.h"
#include "SyntaxHighlighterAdapter.h"
#include "UiText.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QCoreApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace bl {

namespace {

// Loading the definitions costs a few milliseconds: one repository for the whole program, made
// on first use (always on the GUI thread, like every highlighter).
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

// KDE's default light or dark theme (Breeze Light / Breeze Dark), whichever suits the palette.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return repository().defaultTheme(PaletteColors::isDark(palette) ? KSyntaxHighlighting::Repository::DarkTheme
                                                                    : KSyntaxHighlighting::Repository::LightTheme);
}

// A KSyntaxHighlighting highlighter for one definition. With \a marksSecrets (the command
// preview), a run of eight or more '*' is also marked as a secret the preview hides, as the
// built-in CommandLineHighlighter marks it: KDE's Bash definition knows nothing of that.
class KSyntaxAdapter final : public KSyntaxHighlighting::SyntaxHighlighter, public SyntaxHighlighterAdapter
{
public:
    KSyntaxAdapter(QTextDocument *document, const KSyntaxHighlighting::Definition &definition,
                   const QPalette &palette, bool marksSecrets)
        : KSyntaxHighlighting::SyntaxHighlighter(document)
        , m_marksSecrets(marksSecrets)
    {
        applyPalette(palette);
        setDefinition(definition);
        rehighlight();
    }

    QString engineName() const override { return QStringLiteral("KSyntaxHighlighting"); }

    void setPalette(const QPalette &palette) override
    {
        applyPalette(palette);
        rehighlight();
    }

    QSyntaxHighlighter *syntaxHighlighter() override { return this; }

protected:
    void highlightBlock(const QString &text) override
    {
        KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
        if (!m_marksSecrets)
            return;
        for (qsizetype at = text.indexOf(u"********"); at >= 0; at = text.indexOf(u"********", at)) {
            qsizetype end = at + 8;
            while (end < text.size() && text.at(end) == u'*')
                ++end;
            setFormat(int(at), int(end - at), m_secret);
            at = end;
        }
    }

private:
    void applyPalette(const QPalette &palette)
    {
        setTheme(themeFor(palette));
        const PaletteColors c = PaletteColors::from(palette);
        m_secret = QTextCharFormat();
        m_secret.setForeground(c.warning);
        m_secret.setFontWeight(QFont::Bold);
        m_secret.setBackground(PaletteColors::mix(c.base, c.warning, c.dark ? 0.2 : 0.12));
        m_secret.setToolTip(UiText::tr("Secret value, hidden"));
    }

    const bool m_marksSecrets;
    QTextCharFormat m_secret;
};

} // namespace

/// Returns nullptr when the repository has no definition of that name (caller falls back).
SyntaxHighlighterAdapter *createKSyntaxAdapter(QTextDocument *document, const QString &definitionName,
                                               const QPalette &palette)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(definitionName);
    if (!definition.isValid())
        return nullptr;
    return new KSyntaxAdapter(document, definition, palette, definitionName == u"Bash");
}

} // namespace bl
