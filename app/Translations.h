// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace bl {

/// The language the user asked for, or empty for the system's: the environment variable
/// BEAM_LAUNCHER_LANGUAGE wins over the setting "ui/language" (QSettings). "system" means empty.
QString configuredLanguage();

/// The locale whose translations the program should use: `languageOverride` ("de", "fr_FR",
/// "zh_CN"...) when it is set, otherwise `system`.
QLocale translationLocale(const QString &languageOverride, const QLocale &system = QLocale::system());

/// Loads Beam Launcher's own translations (compiled into the binary as
/// :/beam-launcher/translations/beam-launcher_<lang>.qm) and Qt's qtbase translations for the
/// first of the locale's UI languages that we translate, and installs them on `app`. English,
/// the source language, stops the search, so "en-US, de" stays English. Returns the name of the
/// loaded catalogue's language (e.g. "de"), or an empty string when the program stays English.
QString installTranslations(QCoreApplication &app, const QString &languageOverride);

} // namespace bl
