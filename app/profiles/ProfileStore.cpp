// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "profiles/ProfileStore.h"


#include "profiles/AtomicWrite.h"
#include "profiles/ProfileImport.h"
#include "profiles/ProfileLock.h"

#include "profiles/ProfilesText.h"
#include "profiles/SecretStore.h"
#include "process/TerminalText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace bl {

namespace {

const QString profileSuffix = QStringLiteral(".json");

bool nameLess(const Profile &a, const Profile &b)
{
    const int c = QString::compare(a.name, b.name, Qt::CaseInsensitive);
    return c != 0 ? c < 0 : a.id < b.id;
}

} // namespace

QString ProfileStore::LoadProblem::message() const
{
    QString where = QDir::toNativeSeparators(path);
    if (line > 0)
        where += u':' + QString::number(line);
    if (movedTo.isEmpty())
        return ProfilesText::tr("The profile %1 cannot be read: %2").arg(where, error);
    return ProfilesText::tr("The profile %1 cannot be read and was put aside as %2: %3. "
                   "Fix the file and rename it back to load it again.")
        .arg(where, QDir::toNativeSeparators(movedTo), error);
}

ProfileStore::ProfileStore(QObject *parent)
    : ProfileStore(defaultFolder(), DefaultLockWaitMs, parent)
{
}

ProfileStore::ProfileStore(const QString &folder, int lockWaitMs, QObject *parent)
    : QObject(parent)
    , m_folder(QDir::cleanPath(folder))
    , m_lockWaitMs(std::max(0, lockWaitMs))
    , m_refreshTimer(new QTimer(this))
{
    qRegisterMetaType<LoadProblem>();
    // Editors and other instances touch a file several times in a row: refresh once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProfileStore::refreshFromDisk);
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::defaultFolder()
{
    const QString fromEnvironment = qEnvironmentVariable("BEAM_LAUNCHER_CONFIG_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString ProfileStore::folder() const
{
    return m_folder;
}

QString ProfileStore::profilesFolder() const
{
    return m_folder + QStringLiteral("/profiles");
}

void ProfileStore::setSecretStore(SecretStore *secrets)
{
    m_secrets = secrets;
}

void ProfileStore::setWatching(bool watch)
{
    m_watching = watch;
    updateWatcher();
}

bool ProfileStore::ensureFolder(QString *error)
{
    if (m_folder.isEmpty()) {
        if (error)
            *error = ProfilesText::tr("There is no folder for profiles. Set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.");
        return false;
    }
    const QString dir = profilesFolder();
    if (!QDir().mkpath(dir)) {
        if (error) {
            *error = ProfilesText::tr("Cannot create the profile folder %1. Check that you may write there, "
                             "or set BEAM_LAUNCHER_CONFIG_DIR to a folder you can write.")
                         .arg(QDir::toNativeSeparators(dir));
        }
        return false;
    }
    return true;
}

std::unique_ptr<QLockFile> ProfileStore::lock(QString *error)
{
    m_lastFailure = Failure::None;
    if (!ensureFolder(error)) {
        m_lastFailure = Failure::System;
        return nullptr;
    }
    auto held = ProfileLock::acquire(profilesFolder(), m_lockWaitMs, &m_lockBusy, error);
    if (!held)
        m_lastFailure = Failure::System;
    return held;
}

QString ProfileStore::noSuchProfile(const QString &id)
{
    return ProfilesText::tr("There is no profile with the id \"%1\".").arg(id);
}

std::optional<Profile> ProfileStore::existing(const QString &id, QString *error)
{
    std::optional<Profile> p = findById(id);
    if (!p)
        failWith(Failure::BadInput, noSuchProfile(id), error);
    return p;
}

bool ProfileStore::failWith(Failure kind, const QString &text, QString *error)
{
    m_lastFailure = kind;
    if (error)
        *error = text;
    return false;
}

bool ProfileStore::load(QString *error)
{
    if (!ensureFolder(error))
        return false;
    m_problems.clear();
    readAll(false);
    updateWatcher();
    return true;
}

void ProfileStore::readAll(bool locked)
{
    const QDir dir(profilesFolder());
    // Only "<id>.json": temporary files of a save and files put aside never count.
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden, QDir::Name);
    QList<Profile> profiles;
    for (const QString &name : names) {
        if (!Profile::isValidId(name.chopped(profileSuffix.size())))
            continue;
        if (auto p = readFile(dir.filePath(name), locked))
            profiles << *p;
    }
    std::sort(profiles.begin(), profiles.end(), nameLess);
    m_profiles = profiles;

    if (locked) {
        // QSaveFile writes "<id>.json.XXXXXX" and renames it; every write holds the lock,
        // so such a file seen under the lock was left by a writer that was killed.
        const QStringList temporary = dir.entryList({QStringLiteral("*.json.??????")}, QDir::Files | QDir::Hidden);
        for (const QString &name : temporary) {
            if (Profile::isValidId(name.section(u'.', 0, 0)))
                QFile::remove(dir.filePath(name));
        }
    }
}

std::optional<Profile> ProfileStore::readFile(const QString &path, bool locked)
{
    const QString id = QFileInfo(path).completeBaseName();
    auto attempt = [&](QString *error, int *line) -> std::optional<Profile> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            *line = -1; // unreadable, not corrupt: leave it where it is
            return std::nullopt;
        }
        return Profile::fromJson(file.readAll(), error, line);
    };

    QString error;
    int line = 0;
    std::optional<Profile> profile = attempt(&error, &line);
    if (!profile && line >= 0) {
        // Put it aside under the lock, after reading it once more: another instance may
        // have replaced or moved it in the meantime.
        std::unique_ptr<QLockFile> held;
        if (!locked)
            held = lock(nullptr);
        if (locked || held) {
            if (!QFile::exists(path))
                return std::nullopt;
            profile = attempt(&error, &line);
            if (!profile && line >= 0) {
                LoadProblem problem{path, {}, error, line};
                const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
                QString target = path + QStringLiteral(".corrupt-") + stamp;
                for (int n = 2; QFile::exists(target); ++n)
                    target = path + QStringLiteral(".corrupt-") + stamp + u'-' + QString::number(n);
                if (QFile::rename(path, target))
                    problem.movedTo = target;
                m_problems << problem;
                Q_EMIT problemFound(problem);
                return std::nullopt;
            }
        }
    }
    if (!profile) {
        LoadProblem problem{path, {}, error, std::max(line, 0)};
        m_problems << problem;
        Q_EMIT problemFound(problem);
        return std::nullopt;
    }
    // The file name is the id; a copied file with a stale id inside must not collide.
    profile->id = id;
    return profile;
}

QList<Profile> ProfileStore::profiles() const
{
    return m_profiles;
}

int ProfileStore::indexOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? std::nullopt : std::optional<Profile>(m_profiles.at(i));
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    for (const Profile &p : m_profiles) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::find(const QString &idOrName) const
{
    if (auto p = findById(idOrName))
        return p;
    return findByName(idOrName);
}

QList<ProfileStore::LoadProblem> ProfileStore::loadProblems() const
{
    return m_problems;
}

bool ProfileStore::isNameTaken(const QString &name, const QString &exceptId) const
{
    const QString wanted = name.trimmed();
    return std::any_of(m_profiles.cbegin(), m_profiles.cend(), [&](const Profile &p) {
        return p.id != exceptId && p.name.compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

QString ProfileStore::uniqueNameFrom(const QString &base, const QString &numbered) const
{
    if (!isNameTaken(base))
        return base;
    for (int n = 2;; ++n) {
        const QString candidate = numbered.arg(n);
        if (!isNameTaken(candidate))
            return candidate;
    }
}

QString ProfileStore::uniqueName(const QString &wanted) const
{
    const QString base = wanted.trimmed();
    return uniqueNameFrom(base, base + QStringLiteral(" (%1)"));
}

bool ProfileStore::save(Profile &profile, QString *error)
{
    m_lastFailure = Failure::None;
    auto held = lock(error);
    if (!held)
        return false;
    readAll(true);
    const bool ok = saveLocked(profile, error);
    updateWatcher();
    if (ok)
        Q_EMIT changed();
    return ok;
}

bool ProfileStore::saveLocked(Profile &profile, QString *error, bool acceptTrust)
{
    Profile p = profile;
    p.name = p.name.trimmed();
    if (p.id.isEmpty())
        p.id = Profile::newId();
    if (!Profile::isValidId(p.id)) {
        return failWith(Failure::BadInput,
                        ProfilesText::tr("The profile id \"%1\" may only contain letters, digits, '-' and '_'.").arg(p.id),
                        error);
    }
    const int existing = indexOf(p.id);
    // A name is checked when it is given (create, rename, import): names saved by earlier
    // versions stay usable.
    if (existing < 0 || m_profiles.at(existing).name != p.name) {
        if (const QString problem = Profile::nameProblem(p.name); !problem.isEmpty())
            return failWith(Failure::BadInput, problem, error);
    }
    if (p.isFromNewerVersion() || (existing >= 0 && m_profiles.at(existing).isFromNewerVersion()))
        return failWith(Failure::BadInput, existing >= 0 ? m_profiles.at(existing).newerVersionMessage() : p.newerVersionMessage(), error);
    if (isNameTaken(p.name, p.id)) {
        return failWith(Failure::BadInput,
                        ProfilesText::tr("A profile named \"%1\" already exists. Choose another name, or delete that "
                                      "profile first.")
                            .arg(TerminalText::escaped(p.name)),
                        error);
    }

    QStringList dropped;
    if (existing < 0 && !p.trustedFields)
        ProfileTrust::trust(p); // made here by the user (an import says what it trusts)
    if (existing >= 0) {
        const Profile &onDisk = m_profiles.at(existing);
        // The user's own change of a profile they trusted keeps it trusted; one they have not
        // accepted yet stays so until they do (trust()), whatever trust the caller's copy holds.
        if (acceptTrust || ProfileTrust::isTrusted(onDisk))
            ProfileTrust::trust(p);
        else
            p.trustedFields = onDisk.trustedFields;
        if (onDisk.created.isValid())
            p.created = onDisk.created;
        const QStringList kept = p.secretNames();
        for (const QString &name : onDisk.secretNames()) {
            if (!kept.contains(name))
                dropped << name;
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!p.created.isValid())
        p.created = now;
    p.modified = now;
    p.settings = Profile::withoutSecretValues(p.settings);

    const QString path = profilesFolder() + u'/' + p.id + profileSuffix;
    const AtomicWrite::Outcome written = AtomicWrite::replaceFile(path, p.toJson());
    if (!written.ok()) {
        return failWith(Failure::System,
                        AtomicWrite::profileMessage(written, path,
                                     ProfilesText::tr("Saving the profile \"%1\"").arg(TerminalText::escaped(p.name))),
                        error);
    }

    if (existing >= 0)
        m_profiles[existing] = p;
    else
        m_profiles << p;
    std::sort(m_profiles.begin(), m_profiles.end(), nameLess);
    profile = p;
    forgetSecrets(p.id, dropped);
    return true;
}

bool ProfileStore::remove(const QString &id, QString *error)
{
    auto held = lock(error);
    if (!held)
        return false;
    readAll(true);
    const int i = indexOf(id);
    if (i < 0)
        return failWith(Failure::BadInput, noSuchProfile(id), error);
    QFile file(profilesFolder() + u'/' + id + profileSuffix);
    if (!file.remove()) {
        return failWith(Failure::System,
                        ProfilesText::tr("Cannot delete %1: %2. Check the folder's permissions.")
                            .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
                        error);
    }
    m_profiles.removeAt(i);
    held.reset();
    updateWatcher();
    Q_EMIT changed();
    return true;
}

std::optional<Profile> ProfileStore::rename(const QString &id, const QString &newName, QString *error)
{
    auto held = lock(error);
    if (!held)
        return std::nullopt;
    readAll(true);
    auto p = existing(id, error);
    if (!p)
        return std::nullopt;
    p->name = newName;
    if (!saveLocked(*p, error))
        return std::nullopt;
    updateWatcher();
    Q_EMIT changed();
    return p;
}

std::optional<Profile> ProfileStore::duplicate(const QString &id, QString *error, const QString &copyId)
{
    auto held = lock(error);
    if (!held)
        return std::nullopt;
    readAll(true);
    auto source = existing(id, error);
    if (!source)
        return std::nullopt;
    if (!copyId.isEmpty() && indexOf(copyId) >= 0) {
        failWith(Failure::BadInput, ProfilesText::tr("A profile with the id \"%1\" exists already.").arg(copyId), error);
        return std::nullopt;
    }
    Profile copy = *source;
    copy.id = copyId.isEmpty() ? Profile::newId() : copyId;
    copy.created = {};
    // A name of an earlier version may hold control characters: the copy's is written out visibly.
    const QString sourceName = TerminalText::escaped(source->name);
    const QString base = ProfilesText::tr("%1 (copy)").arg(sourceName);
    copy.name = uniqueNameFrom(base, ProfilesText::tr("%1 (copy %2)").arg(sourceName, QStringLiteral("%1")));
    if (!saveLocked(copy, error))
        return std::nullopt;
    updateWatcher();
    Q_EMIT changed();
    return copy;
}

bool ProfileStore::exportTo(const QString &id, const QString &filePath, QString *error)
{
    auto p = existing(id, error);
    if (!p)
        return false;
    if (p->isFromNewerVersion())
        return failWith(Failure::BadInput, p->newerVersionMessage(), error);
    Profile out = *p;
    out.settings = Profile::withoutSecretValues(out.settings);
    out.trustedFields.reset(); // trust is the user's, not the file's
    out.unknownFields.insert(QStringLiteral("secretsNeeded"), QJsonArray::fromStringList(out.secretNames()));
    const AtomicWrite::Outcome written = AtomicWrite::replaceFile(filePath, out.toJson());
    if (!written.ok()) {
        return failWith(Failure::System,
                        ProfilesText::tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(filePath), written.reason),
                        error);
    }
    return true;
}

std::optional<ProfileStore::ImportResult> ProfileStore::importFrom(const QString &filePath, QString *error)
{
    m_lastFailure = Failure::None;
    auto p = ProfileImport::read(filePath, error);
    if (!p) {
        m_lastFailure = Failure::BadInput;
        return std::nullopt;
    }
    return importProfile(*p, false, error);
}

std::optional<ProfileStore::ImportResult> ProfileStore::importProfile(Profile p, bool accepted, QString *error)
{
    p.unknownFields.remove(QStringLiteral("secretsNeeded"));
    p.settings = Profile::withoutSecretValues(p.settings);
    p.id = Profile::newId();
    p.created = {};
    p.trustedFields = accepted ? ProfileTrust::fingerprint(p.settings) : QString();

    auto held = lock(error);
    if (!held)
        return std::nullopt;
    readAll(true);
    p.name = uniqueName(p.name);
    if (!saveLocked(p, error))
        return std::nullopt;
    updateWatcher();
    Q_EMIT changed();
    return ImportResult{p, p.secretNames(), ProfileTrust::outsideFields(p.settings)};
}

std::optional<Profile> ProfileStore::trust(const QString &id, QString *error)
{
    auto held = lock(error);
    if (!held)
        return std::nullopt;
    readAll(true);
    auto p = existing(id, error);
    if (!p)
        return std::nullopt;
    if (!saveLocked(*p, error, true))
        return std::nullopt;
    updateWatcher();
    Q_EMIT changed();
    return p;
}

void ProfileStore::forgetSecrets(const QString &profileId, const QStringList &names)
{
    if (!m_secrets || names.isEmpty())
        return;
    m_secrets->removeAll(profileId, names, [this](const SecretStore::Result &r) {
        if (!r.ok())
            Q_EMIT warning(ProfilesText::tr("A secret could not be removed from the keychain: %1").arg(r.message));
    });
}

void ProfileStore::updateWatcher()
{
    if (!m_watching) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (!QFileInfo::exists(profilesFolder()))
        return;
    if (!m_watcher) {
        m_watcher = new QFileSystemWatcher(this);
        connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_refreshTimer, qOverload<>(&QTimer::start));
        connect(m_watcher, &QFileSystemWatcher::fileChanged, m_refreshTimer, qOverload<>(&QTimer::start));
    }
    // The folder tells about added, removed and atomically replaced files; the files
    // themselves about edits in place (a text editor).
    QStringList wanted{profilesFolder()};
    for (const Profile &p : std::as_const(m_profiles))
        wanted << profilesFolder() + u'/' + p.id + profileSuffix;
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    QStringList toRemove;
    for (const QString &path : watched) {
        if (!wanted.contains(path))
            toRemove << path;
    }
    if (!toRemove.isEmpty())
        m_watcher->removePaths(toRemove);
    QStringList toAdd;
    for (const QString &path : std::as_const(wanted)) {
        if (!watched.contains(path))
            toAdd << path;
    }
    if (!toAdd.isEmpty())
        m_watcher->addPaths(toAdd);
}

void ProfileStore::refreshFromDisk()
{
    const QList<Profile> before = m_profiles;
    const qsizetype problemsBefore = m_problems.size();
    readAll(false);
    updateWatcher();
    if (m_profiles != before || m_problems.size() != problemsBefore)
        Q_EMIT changed();
}

} // namespace bl
