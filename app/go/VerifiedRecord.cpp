// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/VerifiedRecord.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bl {

namespace {

const QString KeySize = QStringLiteral("size");
const QString KeyGoVersion = QStringLiteral("goVersionM");
const QString KeySha256 = QStringLiteral("sha256");
constexpr qint64 MaxRecordBytes = 1 << 20;

} // namespace

QString VerifiedRecord::pathFor(const QString &binary)
{
    const QFileInfo info(binary);
    return info.absoluteDir().filePath(u'.' + info.fileName() + QStringLiteral(".verified"));
}

std::optional<VerifiedRecord> VerifiedRecord::read(const QString &binary)
{
    QFile file(pathFor(binary));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxRecordBytes)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    VerifiedRecord record;
    record.size = o.value(KeySize).toInteger(-1);
    record.goVersionOutput = o.value(KeyGoVersion).toString();
    record.sha256 = o.value(KeySha256).toString();
    if (record.goVersionOutput.isEmpty() || record.size < 0 || record.size != QFileInfo(binary).size())
        return std::nullopt;
    return record;
}

bool VerifiedRecord::write(const QString &binary, const VerifiedRecord &record)
{
    QSaveFile file(pathFor(binary));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QJsonObject o{{KeySize, record.size}, {KeyGoVersion, record.goVersionOutput}};
    if (!record.sha256.isEmpty())
        o.insert(KeySha256, record.sha256);
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

bool VerifiedRecord::remove(const QString &binary)
{
    const QString path = pathFor(binary);
    return !QFileInfo::exists(path) || QFile::remove(path);
}

} // namespace bl
