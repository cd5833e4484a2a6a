// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "builds/PackageCache.h"

#include "go/GoJson.h"
#include "process/CacheRoot.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace bl::PackageCache {

namespace {

const QString KeyFingerprint = QStringLiteral("fingerprint");
const QString KeyGoList = QStringLiteral("goList");
constexpr qint64 MaxEntryBytes = 16 << 20;

void addFile(QCryptographicHash &hash, const QFileInfo &file)
{
    // Size and modification time (to the millisecond, QFileInfo's precision): what make trusts.
    hash.addData(file.absoluteFilePath().toUtf8());
    if (!file.exists()) {
        hash.addData(QByteArrayView("\0-\n", 3));
        return;
    }
    const QDateTime modified = file.fileTime(QFileDevice::FileModificationTime);
    hash.addData(QByteArray(QByteArray::number(file.size()) + ' ' + QByteArray::number(modified.toMSecsSinceEpoch()) + '\n'));
}

} // namespace

bool addGoHeader(QCryptographicHash &hash, const QFileInfo &file)
{
    constexpr qint64 MaxHeaderBytes = 256 * 1024;
    if (!file.fileName().endsWith(QLatin1String(".go")))
        return false;
    QFile in(file.absoluteFilePath());
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const auto isDeclaration = [](const QByteArray &line) {
        for (const char *keyword : {"func", "type", "var", "const"}) {
            const QByteArrayView k(keyword);
            if (line.startsWith(k) && line.size() > k.size()
                && (line.at(k.size()) == ' ' || line.at(k.size()) == '\t' || line.at(k.size()) == '('))
                return true;
        }
        return false;
    };
    QByteArray header;
    bool inComment = false;
    bool ended = false;
    while (!in.atEnd() && header.size() < MaxHeaderBytes) {
        const QByteArray line = in.readLine(MaxHeaderBytes);
        if (!inComment && isDeclaration(line)) {
            ended = true;
            break;
        }
        // Block comments (a cgo preamble holds C code) do not end the header.
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            if (!inComment && line.at(i) == '/' && line.at(i + 1) == '/')
                break;
            if (!inComment && line.at(i) == '/' && line.at(i + 1) == '*') {
                inComment = true;
                ++i;
            } else if (inComment && line.at(i) == '*' && line.at(i + 1) == '/') {
                inComment = false;
                ++i;
            }
        }
        header += line;
    }
    if (!ended && !in.atEnd())
        return false;
    hash.addData(QByteArray(file.fileName().toUtf8() + " header " + QByteArray::number(header.size()) + '\n'));
    hash.addData(header);
    return true;
}

bool isGoVariable(const QString &name)
{
    return name.startsWith(QLatin1String("GO")) || name.startsWith(QLatin1String("CGO_"));
}

QByteArray toolchainFingerprint(const QString &goExecutable, const GoEnv &goEnv, const QProcessEnvironment &environment)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addFile(hash, QFileInfo(goExecutable));
    for (const QString &value : {goEnv.goVersion, goEnv.goRoot, goEnv.goModCache, goEnv.goPath, goEnv.goFlags,
                                 goEnv.hostOs, goEnv.hostArch})
        hash.addData(QByteArray(value.toUtf8() + '\n'));
    QStringList names = environment.keys();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        if (isGoVariable(name))
            hash.addData(QByteArray(name.toUtf8() + '=' + environment.value(name).toUtf8() + '\n'));
    }
    return hash.result().toHex();
}

QByteArray fingerprint(const QString &packageDir, const QString &goExecutable, const GoEnv &goEnv,
                       const QProcessEnvironment &environment)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("beam-launcher package cache 1\n"));
    hash.addData(QByteArray(toolchainFingerprint(goExecutable, goEnv, environment) + '\n'));
    // The folder's files: of Go files the part go list reads (addGoHeader), of the others
    // (assembly, C, embedded files, module files) size and time; a new, removed or renamed file
    // changes the fingerprint too. Hidden files (editor swap files) and
    // subfolders (other packages) do not count for `go list .`.
    const QDir dir(packageDir);
    const QFileInfoList entries = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!addGoHeader(hash, entry))
            addFile(hash, entry);
    }
    // go.mod and friends of every folder above, up to the root: Go looks for them there.
    for (QDir up(QDir::cleanPath(dir.absolutePath())); up.cdUp();) {
        for (const QString &name : {QStringLiteral("go.mod"), QStringLiteral("go.sum"), QStringLiteral("go.work"),
                                    QStringLiteral("go.work.sum")})
            addFile(hash, QFileInfo(up.filePath(name)));
        if (up.isRoot())
            break;
    }
    return hash.result().toHex();
}

QString entryPath(const QString &packageDir, const QString &kind)
{
    const QString key = QDir::cleanPath(QDir(packageDir).absolutePath());
    const QByteArray name = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return cacheRoot() + QStringLiteral("/packages/") + QString::fromLatin1(name)
           + (kind.isEmpty() ? QString() : u'.' + kind) + QStringLiteral(".json");
}

std::optional<QByteArray> lookup(const QString &packageDir, const QByteArray &fingerprint, const QString &kind)
{
    QFile file(entryPath(packageDir, kind));
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxEntryBytes)
        return std::nullopt;
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    if (entry.value(KeyFingerprint).toString().toLatin1() != fingerprint)
        return std::nullopt;
    const QJsonValue answer = entry.value(KeyGoList);
    // go list's own answer is never empty; another kind's may be (CgoCheck's, often).
    if (!answer.isString() || (kind.isEmpty() && answer.toString().isEmpty()))
        return std::nullopt;
    return answer.toString().toUtf8();
}

void store(const QString &packageDir, const QByteArray &fingerprint, const QByteArray &goListJson,
           const QString &kind)
{
    const QString path = entryPath(packageDir, kind);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    const QJsonObject entry{{KeyFingerprint, QString::fromLatin1(fingerprint)},
                            {KeyGoList, QString::fromUtf8(goListJson)}};
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    file.commit();
}

} // namespace bl::PackageCache
