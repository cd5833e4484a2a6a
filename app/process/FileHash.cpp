// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "process/FileHash.h"

#include "process/Async.h"
#include "process/ProcessLogging.h"
#include "process/ProcessText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace bl {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;

} // namespace

QString sha256OfFile(const QString &path, QString *error, const std::atomic_bool *abort)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ProcessText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk;
    while (!file.atEnd()) {
        if (abort && abort->load())
            return {};
        chunk = file.read(ChunkBytes);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError) {
            if (error)
                *error = ProcessText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return {};
        }
        hash.addData(chunk);
    }
    return QString::fromLatin1(hash.result().toHex());
}

void sha256OfFileInBackground(const QString &path, QObject *context, std::function<void(const QString &)> done,
                              std::shared_ptr<std::atomic_bool> abort)
{
    runInBackground(context, [path, abort] {
        QString error;
        QString sha = sha256OfFile(path, &error, abort.get());
        if (!error.isEmpty())
            qCDebug(lcProcess).noquote() << error;
        return sha;
    },
                    std::move(done), QThread::LowPriority);
}

} // namespace bl
