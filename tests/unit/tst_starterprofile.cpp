// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchSpec.h"
#include "profiles/ProfileStore.h"
#include "profiles/StarterProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace bl;
using namespace Qt::StringLiterals;

class TestStarterProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offeredOnceOnAnEmptyStore()
    {
        QTemporaryDir config;
        const QString sample = QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount");
        ProfileStore store(config.path());
        QVERIFY(store.load());
        QVERIFY(StarterProfile::offerOnce(store, sample));
        QCOMPARE(store.profiles().size(), 1);
        const Profile p = store.profiles().first();
        QCOMPARE(p.name, StarterProfile::name());
        QCOMPARE(p.settings.runner, u"prism"_s);
        QCOMPARE(p.settings.packageDir, sample);
        QVERIFY(!LaunchSpec::hasErrors(LaunchSpec::validate(p.settings)));
        QVERIFY(p.settings.pipelineFlags.contains(u"--input="_s + sample + u"/input.txt"_s));

        // Not again, not even after the user deleted it.
        QVERIFY(!StarterProfile::offerOnce(store, sample));
        QVERIFY(store.remove(p.id));
        QVERIFY(!StarterProfile::offerOnce(store, sample));
        QCOMPARE(store.profiles().size(), 0);
    }

    void notWhenProfilesExistOrTheSampleIsMissing()
    {
        QTemporaryDir config;
        ProfileStore store(config.path());
        QVERIFY(store.load());
        QVERIFY(!StarterProfile::offerOnce(store, config.filePath(u"no-such-sample"_s)));
        Profile mine = StarterProfile::make(QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount"));
        mine.name = u"Mine"_s;
        QVERIFY(store.save(mine));
        QVERIFY(!StarterProfile::offerOnce(store, QStringLiteral(BL_SOURCE_DIR "/resources/sample/wordcount")));
        QCOMPARE(store.profiles().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestStarterProfile)
#include "tst_starterprofile.moc"
