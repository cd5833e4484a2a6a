// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// The KDE Syntax Highlighting (KF6) engine behind SyntaxHighlighterAdapter. Compiled only when
// CMake finds KF6SyntaxHighlighting (see ui/CMakeLists.txt); everything else uses the built-in
// highlighters. The whole KF6 dependency lives in this file.
#include "PaletteColors.h"
#include "SyntaxHighlighterAdapter.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace bl {

namespace {

// Loading the definitions is costly: one repository for the whole program.
KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance;
    return instance;
}

class KSyntaxAdapter final : public KSyntaxHighlighting::SyntaxHighlighter, public SyntaxHighlighterAdapter
{
public:
    KSyntaxAdapter(QTextDocument *document, const KSyntaxHighlighting::Definition &definition,
                   const QPalette &palette)
        : KSyntaxHighlighting::SyntaxHighlighter(document)
    {
        setDefinition(definition);
        setPalette(palette);
    }

    QString engineName() const override { return QStringLiteral("KSyntaxHighlighting"); }

    void setPalette(const QPalette &palette) override
    {
        setTheme(repository().defaultTheme(PaletteColors::isDark(palette)
                                               ? KSyntaxHighlighting::Repository::DarkTheme
                                               : KSyntaxHighlighting::Repository::LightTheme));
        rehighlight();
    }

    QSyntaxHighlighter *syntaxHighlighter() override { return this; }
};

} // namespace

/// Returns nullptr when the repository has no definition of that name (caller falls back).
SyntaxHighlighterAdapter *createKSyntaxAdapter(QTextDocument *document, const QString &definitionName,
                                               const QPalette &palette)
{
    const KSyntaxHighlighting::Definition definition = repository().definitionForName(definitionName);
    if (!definition.isValid())
        return nullptr;
    return new KSyntaxAdapter(document, definition, palette);
}

} // namespace bl
