// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
// The translation machinery: .qm files compiled in, the override, English as the stop word,
// Qt's own translations, and the real executable following the environment's locale.
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

namespace {

// One entry, as each catalogue translates it: the machinery's witness.
constexpr const char *witnessContext = "bl::cli";
constexpr const char *witnessSource = "Comma-separated Go build tags.";
const QString witnessGerman = QStringLiteral("Durch Kommas getrennte Go-Build-Tags.");
const QString witnessFrench = QStringLiteral("Tags de compilation Go séparés par des virgules.");
const QString witnessJapanese = QStringLiteral(u"カンマ区切りの Go ビルドタグ。");
const QString witnessChinese = QStringLiteral(u"以逗号分隔的 Go 构建标签。");

QString witness()
{
    return QCoreApplication::translate(witnessContext, witnessSource);
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        qunsetenv("BEAM_LAUNCHER_LANGUAGE");
        QCoreApplication::setOrganizationName(QStringLiteral("beam-launcher-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    }

    void cleanup()
    {
        // A QTranslator removes itself from the application when it is destroyed.
        qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
        QSettings().remove(QStringLiteral("ui/language"));
        qunsetenv("BEAM_LAUNCHER_LANGUAGE");
    }

    void catalogueIsEmbedded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void catalogueIsEmbedded()
    {
        QFETCH(QString, language);
        const QString file = QStringLiteral(":/beam-launcher/translations/beam-launcher_") + language
            + QStringLiteral(".qm");
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QTranslator translator;
        QVERIFY(translator.load(file));
        QCOMPARE(QLocale(translator.language()).language(), QLocale(language).language());
        QCOMPARE(QLocale(translator.language()).territory(), QLocale(language).territory());
    }

    void override_data()
    {
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("loaded");
        QTest::addColumn<QString>("expected");
        const QString english = QString::fromLatin1(witnessSource);
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("de") << witnessGerman;
        QTest::newRow("de_AT") << QStringLiteral("de_AT") << QStringLiteral("de") << witnessGerman;
        QTest::newRow("de-CH, BCP 47") << QStringLiteral("de-CH") << QStringLiteral("de") << witnessGerman;
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("fr") << witnessFrench;
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ja") << witnessJapanese;
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh_CN") << witnessChinese;
        QTest::newRow("en, the source") << QStringLiteral("en") << QString() << english;
        QTest::newRow("en_GB") << QStringLiteral("en_GB") << QString() << english;
        QTest::newRow("unknown tag") << QStringLiteral("xx") << QString() << english;
        QTest::newRow("a language we lack") << QStringLiteral("pt_BR") << QString() << english;
    }

    void override()
    {
        QFETCH(QString, override);
        QFETCH(QString, loaded);
        QFETCH(QString, expected);
        QCOMPARE(bl::installTranslations(*QCoreApplication::instance(), override), loaded);
        QCOMPARE(witness(), expected);
    }

    void germanAlsoLoadsQtBase()
    {
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(bl::installTranslations(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(witness(), witnessGerman);
    }

    void configuredLanguage()
    {
        QCOMPARE(bl::configuredLanguage(), QString());
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr"));
        QCOMPARE(bl::configuredLanguage(), QStringLiteral("fr"));
        qputenv("BEAM_LAUNCHER_LANGUAGE", "de");
        QCOMPARE(bl::configuredLanguage(), QStringLiteral("de"));
        qputenv("BEAM_LAUNCHER_LANGUAGE", "system");
        QCOMPARE(bl::configuredLanguage(), QString());
        qunsetenv("BEAM_LAUNCHER_LANGUAGE");
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral(" System "));
        QCOMPARE(bl::configuredLanguage(), QString());
    }

    void translationLocale()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(bl::translationLocale(QString(), german), german);
        QCOMPARE(bl::translationLocale(QStringLiteral("  "), german), german);
        QCOMPARE(bl::translationLocale(QStringLiteral("fr_FR"), german).language(), QLocale::French);
    }

    // The executable itself: main.cpp installs translations from the environment's locale,
    // and English earlier in LANGUAGE wins over German later.
    void executableFollowsLocale_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<bool>("german");
        QTest::newRow("LANG=de_DE") << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << true;
        QTest::newRow("LANG=C") << QStringList{QStringLiteral("LANG=C")} << false;
        QTest::newRow("LANGUAGE=en_US:de")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=en_US:de")} << false;
        QTest::newRow("override wins over LANG")
            << QStringList{QStringLiteral("LANG=C"), QStringLiteral("BEAM_LAUNCHER_LANGUAGE=de")} << true;
        QTest::newRow("override to English")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("BEAM_LAUNCHER_LANGUAGE=en")} << false;
    }

    void executableFollowsLocale()
    {
        QFETCH(QStringList, environment);
        QFETCH(bool, german);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "BEAM_LAUNCHER_LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        for (const QString &assignment : std::as_const(environment))
            env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(BL_EXECUTABLE), {QStringLiteral("build"), QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(30000));
        const QString out = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(out.contains(witnessGerman), german);
        QCOMPARE(out.contains(QString::fromLatin1(witnessSource)), !german);
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
