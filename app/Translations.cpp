// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace bl {

namespace {

const QString ownCatalogue = QStringLiteral("beam-launcher");
const QString ownFolder = QStringLiteral(":/beam-launcher/translations");

/// Where Qt's own qtbase_<lang>.qm may be: Qt's translations folder (Linux distributions), and
/// what windeployqt / macdeployqt put next to the executable or into the bundle.
QStringList qtTranslationFolders()
{
    QStringList folders{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    const QDir appDir(QCoreApplication::applicationDirPath());
    folders.append(appDir.absoluteFilePath(QStringLiteral("translations")));
    folders.append(appDir.absoluteFilePath(QStringLiteral("../Resources/translations")));
    folders.append(appDir.absoluteFilePath(QStringLiteral("../share/qt6/translations")));
    return folders;
}

bool isSourceLanguage(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QString configuredLanguage()
{
    QString language = qEnvironmentVariable("BEAM_LAUNCHER_LANGUAGE").trimmed();
    if (language.isEmpty())
        language = QSettings().value(QStringLiteral("ui/language")).toString().trimmed();
    if (language.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0)
        return {};
    return language;
}

QLocale translationLocale(const QString &languageOverride, const QLocale &system)
{
    if (languageOverride.trimmed().isEmpty())
        return system;
    return QLocale(languageOverride.trimmed());
}

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    const QLocale wanted = translationLocale(languageOverride);
    // QTranslator::load(QLocale) would walk every UI language and pick "de" for "en-US, de":
    // walk them ourselves and stop at English, the language of the source strings.
    const QStringList uiLanguages = isSourceLanguage(wanted) ? QStringList{} : wanted.uiLanguages();
    for (const QString &tag : uiLanguages) {
        const QLocale candidate(tag);
        if (isSourceLanguage(candidate))
            return {};
        auto *own = new QTranslator(&app);
        if (!own->load(candidate, ownCatalogue, QStringLiteral("_"), ownFolder)) {
            delete own;
            continue;
        }
        QCoreApplication::installTranslator(own);
        const QStringList folders = qtTranslationFolders();
        for (const QString &folder : folders) {
            auto *qt = new QTranslator(&app);
            if (qt->load(candidate, QStringLiteral("qtbase"), QStringLiteral("_"), folder)) {
                QCoreApplication::installTranslator(qt);
                break;
            }
            delete qt;
        }
        // The catalogue's own name ("de", "zh_CN"), not QTranslator::language()'s "de_DE".
        return QFileInfo(own->filePath()).completeBaseName().mid(ownCatalogue.size() + 1);
    }
    return {};
}

} // namespace bl
