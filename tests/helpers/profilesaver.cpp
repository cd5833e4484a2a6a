// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
//
// Saves profiles through ProfileStore in a tight loop until killed, for the torture test.
//   bl_profilesaver FOLDER [NAMES...]
// Each round loads the store, picks the next name, creates that profile if it is missing,
// changes it and saves it. The payload is large enough that a kill often lands mid-write.
// Prints "saved" once after the first successful save.
//   bl_profilesaver --hold-lock FOLDER MILLISECONDS
// Takes the store's lock like a writer of another instance, prints "locked", holds it for that
// long without an event loop, and exits (releasing it).
//   bl_profilesaver --hold-file LOCKFILE... MILLISECONDS
// The same for any lock files (as another beam-launcher process would hold them).
#include "profiles/ProfileStore.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QStringList>
#include <QThread>

#include <cstdio>
#include <memory>
#include <vector>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bl_profilesaver FOLDER [NAMES...]\n");
        return 2;
    }
    if (args.first() == QLatin1String("--hold-lock") && args.size() == 3) {
        bl::ProfileStore store(args.at(1));
        if (!store.load())
            return 1;
        QLockFile lock(store.profilesFolder() + QStringLiteral("/.lock"));
        if (!lock.lock())
            return 1;
        std::printf("locked\n");
        std::fflush(stdout);
        QThread::msleep(args.at(2).toULong());
        return 0;
    }
    if (args.first() == QLatin1String("--hold-file") && args.size() >= 3) {
        std::vector<std::unique_ptr<QLockFile>> locks;
        for (qsizetype i = 1; i + 1 < args.size(); ++i) {
            locks.push_back(std::make_unique<QLockFile>(args.at(i)));
            locks.back()->setStaleLockTime(0);
            if (!locks.back()->tryLock(0))
                return 1;
        }
        std::printf("locked\n");
        std::fflush(stdout);
        QThread::msleep(args.constLast().toULong());
        return 0;
    }
    const QString folder = args.takeFirst();
    if (args.isEmpty())
        args << QStringLiteral("torture");

    bl::ProfileStore store(folder);
    store.setWatching(false);
    bool told = false;
    for (qint64 round = 0;; ++round) {
        QString error;
        if (!store.load(&error)) {
            std::fprintf(stderr, "load: %s\n", qPrintable(error));
            return 1;
        }
        const QString name = args.at(int(round % args.size()));
        bl::Profile p;
        if (auto existing = store.findByName(name))
            p = *existing;
        p.name = name;
        p.notes = QStringLiteral("round %1 of process %2 ").arg(round).arg(QCoreApplication::applicationPid())
            + QString(4000, u'x');
        p.settings.packageDir = QStringLiteral("/pipelines/") + name;
        p.settings.environment.clear();
        for (int i = 0; i < 50; ++i)
            p.settings.environment.append({QStringLiteral("VAR_%1").arg(i), QString(100, u'v'), false});
        p.settings.pipelineFlags = {QStringLiteral("--round=%1").arg(round)};
        // Another saver may have created this name first; the next round picks it up.
        if (store.save(p, &error) && !told) {
            std::printf("saved\n");
            std::fflush(stdout);
            told = true;
        }
    }
}
