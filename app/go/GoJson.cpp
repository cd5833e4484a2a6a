// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/GoJson.h"

#include "go/GoDiagnostics.h"
#include "go/GoText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace bl {

namespace {

/// The first JSON object in `json`: `go list` prints several objects back to back
/// when a pattern matched several packages; the first is the one asked about.
std::optional<QJsonObject> firstObject(const QByteArray &json, const QString &what, QString *error)
{
    if (json.trimmed().isEmpty()) {
        if (error)
            *error = GoText::tr("%1 printed nothing.").arg(what);
        return std::nullopt;
    }
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error == QJsonParseError::GarbageAtEnd)
        doc = QJsonDocument::fromJson(json.left(parseError.offset), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = GoText::tr("%1 printed something that is not a JSON object (%2 at offset %3).")
                         .arg(what, parseError.errorString())
                         .arg(parseError.offset);
        return std::nullopt;
    }
    return doc.object();
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    list.reserve(array.size());
    for (const QJsonValue &v : array)
        list.append(v.toString());
    return list;
}

/// The Beam Go SDK's root package (beam.NewPipeline lives there: every pipeline depends on it),
/// under the module path of v2 and later, and under the path of the releases before the Go
/// module (`github.com/apache/beam v2.25.0+incompatible` and older).
const QStringList &beamPackages()
{
    static const QStringList p = {QStringLiteral("github.com/apache/beam/sdks/v2/go/pkg/beam"),
                                  QStringLiteral("github.com/apache/beam/sdks/go/pkg/beam")};
    return p;
}

/// The root package, or beamx (x/beamx: beamx.Run, which depends on the root package).
bool isBeam(const QString &importPath)
{
    static const QString beamx = QStringLiteral("/x/beamx");
    return beamPackages().contains(importPath)
        || (importPath.endsWith(beamx) && beamPackages().contains(importPath.chopped(beamx.size())));
}

/// A problem of a "PackageError" object ({"ImportStack": [...], "Pos": "f:l:c", "Err": "..."}).
Diagnostic packageError(const QJsonObject &object, const QString &package, const QString &workingDirectory)
{
    Diagnostic d;
    // Continuation lines come with a tab, as on the terminal; the parser strips it too.
    const QString message = object.value(QLatin1String("Err")).toString().replace(QLatin1String("\n\t"), QLatin1String("\n"));
    const QString pos = object.value(QLatin1String("Pos")).toString();
    static const QRegularExpression posPattern(QStringLiteral(R"(^(.+?):(\d+)(?::(\d+))?$)"));
    const QRegularExpressionMatch m = posPattern.match(pos);
    if (m.hasMatch()) {
        d.file = GoDiagnosticsParser::absolutePath(m.captured(1), workingDirectory);
        d.line = m.captured(2).toInt();
        d.column = m.capturedLength(3) > 0 ? m.captured(3).toInt() : 0;
        d.message = message;
    } else {
        // No Pos, but the text itself may start with one ("go.mod:3: unknown directive").
        const Diagnostics parsed = GoDiagnosticsParser::parse(message, workingDirectory);
        if (parsed.size() == 1 && !parsed.first().file.isEmpty()) {
            d = parsed.first();
        } else {
            d.message = message;
        }
    }
    const QStringList stack = stringList(object.value(QLatin1String("ImportStack")));
    d.package = stack.isEmpty() ? package : stack.last();
    return d;
}

void addUnique(Diagnostics &list, const Diagnostic &d)
{
    if (!d.message.isEmpty() && !list.contains(d))
        list.append(d);
}

// Values of `go version -m` build lines are Go-quoted when they contain spaces or quotes.
QString unquote(const QString &value)
{
    if (value.size() < 2 || !value.startsWith(u'"') || !value.endsWith(u'"'))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 1; i < value.size() - 1; ++i) {
        QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size() - 1) {
            c = value.at(++i);
            if (c == u'n')
                c = u'\n';
            else if (c == u't')
                c = u'\t';
        }
        out += c;
    }
    return out;
}

} // namespace

// ---- GoEnv ----

std::optional<GoEnv> GoEnv::fromJson(const QByteArray &json, QString *error)
{
    const std::optional<QJsonObject> object = firstObject(json, QStringLiteral("go env -json"), error);
    if (!object)
        return std::nullopt;
    const auto value = [&](const char *key) { return object->value(QLatin1String(key)).toString(); };
    GoEnv env;
    env.goVersion = value("GOVERSION");
    env.goRoot = value("GOROOT");
    env.goCache = value("GOCACHE");
    env.goModCache = value("GOMODCACHE");
    env.goPath = value("GOPATH");
    env.hostOs = value("GOHOSTOS");
    env.hostArch = value("GOHOSTARCH");
    env.goFlags = value("GOFLAGS");
    if (env.goVersion.isEmpty() || env.goRoot.isEmpty() || env.hostOs.isEmpty() || env.hostArch.isEmpty()) {
        if (error)
            *error = GoText::tr("go env -json did not report GOVERSION, GOROOT, GOHOSTOS and GOHOSTARCH: "
                          "this go is older than Go 1.16 or not the Go toolchain. Install a current "
                          "Go from https://go.dev/dl/.");
        return std::nullopt;
    }
    return env;
}

// ---- GoVersion ----

QString GoVersion::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(patch);
}

std::optional<GoVersion> GoVersion::parse(QStringView goVersion)
{
    static const QRegularExpression withPrefix(QStringLiteral(R"((?:^|[^A-Za-z0-9])go(\d+)(?:\.(\d+))?(?:\.(\d+))?)"));
    static const QRegularExpression bare(QStringLiteral(R"(^(\d+)\.(\d+)(?:\.(\d+))?)"));
    const QString text = goVersion.trimmed().toString();
    QRegularExpressionMatch m = withPrefix.match(text);
    if (!m.hasMatch())
        m = bare.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    GoVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.capturedLength(2) > 0 ? m.captured(2).toInt() : 0;
    v.patch = m.capturedLength(3) > 0 ? m.captured(3).toInt() : 0;
    return v;
}

// ---- dist list ----

QList<Platform> parseDistList(const QString &output)
{
    QList<Platform> platforms;
    const QStringList lines = output.split(u'\n');
    for (const QString &line : lines) {
        if (const std::optional<Platform> p = Platform::parse(line); p && !platforms.contains(*p))
            platforms.append(*p);
    }
    return platforms;
}

// ---- PackageInfo ----

std::optional<PackageInfo> PackageInfo::fromJson(const QByteArray &json, QString *error)
{
    return fromJson(json, QString(), error);
}

std::optional<PackageInfo> PackageInfo::fromJson(const QByteArray &json, const QString &workingDirectory,
                                                 QString *error)
{
    const std::optional<QJsonObject> object = firstObject(json, QStringLiteral("go list -json"), error);
    if (!object)
        return std::nullopt;
    const auto str = [&](const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); };

    PackageInfo info;
    info.dir = str(*object, "Dir");
    info.importPath = str(*object, "ImportPath");
    info.name = str(*object, "Name");
    if (info.importPath.isEmpty() && info.dir.isEmpty()) {
        if (error)
            *error = GoText::tr("go list -json printed an object without ImportPath or Dir: it does not describe a package.");
        return std::nullopt;
    }
    if (!info.dir.isEmpty())
        info.dir = GoDiagnosticsParser::absolutePath(info.dir, workingDirectory);
    const QString base = workingDirectory.isEmpty() ? info.dir : workingDirectory;

    const QJsonObject module = object->value(QLatin1String("Module")).toObject();
    info.moduleDir = str(module, "Dir");
    if (!info.moduleDir.isEmpty())
        info.moduleDir = GoDiagnosticsParser::absolutePath(info.moduleDir, base);
    info.modulePath = str(module, "Path");
    info.moduleGoVersion = str(module, "GoVersion");
    info.goFiles = stringList(object->value(QLatin1String("GoFiles")));
    info.imports = stringList(object->value(QLatin1String("Imports")));
    info.deps = stringList(object->value(QLatin1String("Deps")));
    info.importsBeam = std::any_of(info.deps.cbegin(), info.deps.cend(), isBeam)
        || std::any_of(info.imports.cbegin(), info.imports.cend(), isBeam);
    info.beamTool = info.isCommand() && isBeamModuleTool(info.modulePath, info.importPath);

    if (const QJsonValue moduleError = module.value(QLatin1String("Error")); moduleError.isObject()) {
        Diagnostic d = packageError(moduleError.toObject(), info.modulePath, base);
        if (d.file.isEmpty() && !str(module, "GoMod").isEmpty())
            d.file = GoDiagnosticsParser::absolutePath(str(module, "GoMod"), base);
        addUnique(info.problems, d);
    }
    if (const QJsonValue e = object->value(QLatin1String("Error")); e.isObject())
        addUnique(info.problems, packageError(e.toObject(), info.importPath, base));
    const QJsonArray depsErrors = object->value(QLatin1String("DepsErrors")).toArray();
    for (const QJsonValue &e : depsErrors)
        addUnique(info.problems, packageError(e.toObject(), info.importPath, base));
    return info;
}

// ---- BinaryInfo ----

std::optional<BinaryInfo> BinaryInfo::fromGoVersionOutput(const QString &output, QString *error)
{
    // "FILE: go1.26.8" (or "devel go1.27-abc ..."), then tab-separated lines.
    static const QRegularExpression header(QStringLiteral(R"(^(.*?): ((?:go\d|devel\b).*)$)"));
    const QStringList lines = output.split(u'\n');
    BinaryInfo info;
    bool haveHeader = false;
    for (QString line : lines) {
        while (line.endsWith(u'\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!haveHeader) {
            const QRegularExpressionMatch m = header.match(line);
            if (!m.hasMatch()) {
                if (error) {
                    *error = line.contains(QLatin1String("not a Go executable"))
                                 || line.contains(QLatin1String("unrecognized file format"))
                                 || line.contains(QLatin1String("not executable"))
                        ? GoText::tr("It is not a Go program: go version -m found no Go build information "
                               "in it (%1). Build it with go build, or pick the right file.")
                              .arg(line.trimmed())
                        : GoText::tr("go version -m printed \"%1\", which does not describe a Go program.")
                              .arg(line.trimmed());
                }
                return std::nullopt;
            }
            info.path = m.captured(1);
            info.goVersion = m.captured(2).trimmed();
            haveHeader = true;
            continue;
        }
        if (!line.startsWith(u'\t'))
            continue;
        const QStringList fields = line.mid(1).split(u'\t');
        const QString &kind = fields.first();
        if (kind == u"path" && fields.size() >= 2) {
            info.mainPackage = fields.at(1);
        } else if (kind == u"mod" && fields.size() >= 2) {
            info.mainModule = fields.at(1);
        } else if (kind == u"build" && fields.size() >= 2) {
            const QString setting = fields.mid(1).join(u'\t');
            const qsizetype eq = setting.indexOf(u'=');
            if (eq > 0)
                info.settings.insert(setting.left(eq), unquote(setting.mid(eq + 1)));
            else
                info.settings.insert(setting, QString());
        }
    }
    if (!haveHeader) {
        if (error)
            *error = GoText::tr("It is not a Go program: go version -m found no Go build information in it. "
                          "Build it with go build, or pick the right file.");
        return std::nullopt;
    }
    info.platform = {info.settings.value(QStringLiteral("GOOS")), info.settings.value(QStringLiteral("GOARCH"))};
    info.hasCgoSetting = info.settings.contains(QStringLiteral("CGO_ENABLED"));
    info.cgo = info.settings.value(QStringLiteral("CGO_ENABLED")) == u"1";
    return info;
}

QString BinaryInfo::mismatch(const Platform &wanted, bool cgoAllowed, const QString &role) const
{
    if (!platform.isValid()) {
        return GoText::tr("The %1 binary does not record the platform it was built for (it was built by %2; "
                    "Go records GOOS and GOARCH since Go 1.18), so it cannot be checked against %3. "
                    "Rebuild it with a current Go.")
            .arg(role, goVersion.isEmpty() ? GoText::tr("an unknown Go") : goVersion, wanted.toString());
    }
    if (wanted.isValid() && platform != wanted) {
        return GoText::tr("The %1 binary is built for %2, but %3 is needed: started on %3 machines it would "
                    "fail with \"exec format error\". Rebuild it with GOOS=%4 GOARCH=%5.")
            .arg(role, platform.toString(), wanted.toString(), wanted.os, wanted.arch);
    }
    if (cgo && !cgoAllowed) {
        return GoText::tr("The %1 binary is built with CGO_ENABLED=1: it links the C library of the machine "
                    "that built it, so Beam's worker containers can fail with glibc errors (Beam issue "
                    "24470). Rebuild it with CGO_ENABLED=0, or allow cgo (--cgo) if the pipeline needs C code.")
            .arg(role);
    }
    return QString();
}

bool isBeamModule(const QString &modulePath)
{
    return modulePath == QLatin1String(BeamModulePath) || modulePath == QLatin1String(OldBeamModulePath);
}

bool isBeamModuleTool(const QString &modulePath, const QString &importPath)
{
    if (!isBeamModule(modulePath) || !importPath.startsWith(modulePath + u'/'))
        return false;
    // Beam's runners and tools (prism, beamctl, the code generators) live in go/cmd; the SDK
    // harness boot programs of every language in a "container" folder (go/container,
    // java/container, python/expansion-service-container...).
    // (Before the Go module the paths had an "sdks/" more: github.com/apache/beam/sdks/go/cmd.)
    QStringList parts = importPath.mid(modulePath.size() + 1).split(u'/');
    if (modulePath == QLatin1String(OldBeamModulePath) && parts.value(0) == u"sdks")
        parts.removeFirst();
    if (parts.value(0) == u"go" && parts.value(1) == u"cmd")
        return true;
    return std::any_of(parts.cbegin(), parts.cend(), [](const QString &part) { return part.endsWith(QLatin1String("container")); });
}

QList<QByteArray> splitJsonStream(const QByteArray &stream)
{
    QList<QByteArray> objects;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype start = -1;
    for (qsizetype i = 0; i < stream.size(); ++i) {
        const char c = stream.at(i);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{') {
            if (depth++ == 0)
                start = i;
        } else if (c == '}' && depth > 0) {
            if (--depth == 0)
                objects.append(stream.mid(start, i - start + 1));
        }
    }
    return objects;
}

} // namespace bl
