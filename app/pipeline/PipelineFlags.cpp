// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "pipeline/PipelineFlags.h"

#include "go/GoJson.h"
#include "launch/LaunchSpec.h"
#include "pipeline/PipelineText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <limits>

namespace bl {

namespace {

/// The flags the Beam Go SDK (v2.77) defines in a launcher, by group. Beam Launcher passes the
/// managed ones itself. Which flags are the pipeline's own is decided by where they are defined
/// (PipelineFlags::assignGroups over the pipeline's own sources); this list only places Beam's
/// flags in the Beam or runner group, and decides alone only when the sources cannot be read:
/// a Beam release newer than 2.77 adds flags it does not know.
const QHash<QString, PipelineFlag::Group> &beamFlags()
{
    static const QHash<QString, PipelineFlag::Group> flags = [] {
        QHash<QString, PipelineFlag::Group> h;
        const auto add = [&h](PipelineFlag::Group g, std::initializer_list<const char *> names) {
            for (const char *n : names)
                h.insert(QLatin1String(n), g);
        };
        add(PipelineFlag::Group::Managed,
            {"worker_binary", "runner", "endpoint", "environment_type", "environment_config"});
        // options/jobopts, and the flags a worker is run with (core/runtime/harness/init)
        add(PipelineFlag::Group::Beam,
            {"async", "execute_async", "beam_strict", "element_processing_timeout", "experiments", "job_name",
             "retain_docker_containers", "resource_hints", "sdk_harness_container_image_override",
             "worker", "id", "control_endpoint", "logging_endpoint", "status_endpoint", "options",
             "semi_persist_dir"});
        // Flink (parallelism), the dot runner, options/gcpopts and runners/dataflow
        add(PipelineFlag::Group::Runner,
            {"parallelism", "dot_file", "project", "region", "autoscaling_algorithm", "cpu_profiling",
             "dataflow_endpoint", "dataflow_kms_key", "dataflow_service_options", "disk_provisioned_iops",
             "disk_provisioned_throughput_mibps", "disk_size_gb", "disk_type", "dry_run",
             "enable_hot_key_logging", "flexrs_goal", "labels", "machine_type", "max_num_workers",
             "min_cpu_platform", "network", "no_use_public_ips", "num_workers",
             "number_of_worker_harness_threads", "sdk_container_image", "service_account_email",
             "staging_location", "subnetwork", "teardown_policy", "temp_location", "template_location",
             "transform_name_mapping", "update", "use_public_ips", "worker_harness_container_image",
             "worker_machine_type", "worker_region", "worker_zone", "zone"});
        return h;
    }();
    return flags;
}

QString zeroValue(PipelineFlag::Kind kind)
{
    switch (kind) {
    case PipelineFlag::Kind::Bool:
        return QStringLiteral("false");
    case PipelineFlag::Kind::Int:
    case PipelineFlag::Kind::Uint:
    case PipelineFlag::Kind::Float:
        return QStringLiteral("0");
    case PipelineFlag::Kind::Duration:
        return QStringLiteral("0s");
    case PipelineFlag::Kind::String:
    case PipelineFlag::Kind::Value:
        break;
    }
    return {};
}

PipelineFlag::Kind kindOf(const QString &typeName)
{
    if (typeName.isEmpty())
        return PipelineFlag::Kind::Bool;
    static const QHash<QString, PipelineFlag::Kind> kinds = {
        {QStringLiteral("int"), PipelineFlag::Kind::Int},
        {QStringLiteral("uint"), PipelineFlag::Kind::Uint},
        {QStringLiteral("float"), PipelineFlag::Kind::Float},
        {QStringLiteral("string"), PipelineFlag::Kind::String},
        {QStringLiteral("duration"), PipelineFlag::Kind::Duration},
    };
    return kinds.value(typeName, PipelineFlag::Kind::Value);
}

/// Reverses Go's %q quoting (the defaults of string flags). nullopt when `text` is not quoted.
std::optional<QString> goUnquote(const QString &text)
{
    if (text.size() < 2 || !text.startsWith(u'"') || !text.endsWith(u'"'))
        return std::nullopt;
    QByteArray out;
    const QByteArray in = text.mid(1, text.size() - 2).toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\' || i + 1 >= in.size()) {
            out.append(c);
            continue;
        }
        const char e = in.at(++i);
        const auto hex = [&](int digits) {
            bool ok = false;
            const uint v = QByteArray(in.mid(i + 1, digits)).toUInt(&ok, 16);
            i += digits;
            return ok ? v : 0xFFFDu;
        };
        switch (e) {
        case 'a': out.append('\a'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'v': out.append('\v'); break;
        case 'x': out.append(char(hex(2))); break;
        case 'u':
        case 'U': {
            const char32_t code = hex(e == 'u' ? 4 : 8);
            out.append(QString::fromUcs4(&code, 1).toUtf8());
            break;
        }
        default: out.append(e); break; // \\ and \"
        }
    }
    return QString::fromUtf8(out);
}

/// strconv.ParseInt/ParseUint with base 0: sign (signed only), 0x/0o/0b/0 prefixes, and
/// underscores between digits.
bool parseGoInteger(QString s, bool isSigned, bool *negative, quint64 *magnitude)
{
    *negative = false;
    if (isSigned && (s.startsWith(u'+') || s.startsWith(u'-'))) {
        *negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    if (s.isEmpty())
        return false;
    int base = 10;
    bool prefixed = false;
    if (s.size() >= 2 && s.at(0) == u'0') {
        const QChar p = s.at(1).toLower();
        if (p == u'x' || p == u'o' || p == u'b') {
            base = p == u'x' ? 16 : p == u'o' ? 8 : 2;
            s.remove(0, 2);
            prefixed = true;
        } else {
            base = 8;
        }
    }
    // Underscores: only between digits, or right after a base prefix.
    QString digits;
    QChar previous = prefixed ? u'_' : u'!';
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c == u'_') {
            if (previous == u'_' && !(prefixed && i == 0))
                return false;
            if (i == s.size() - 1 || (i == 0 && !prefixed) || (base == 8 && !prefixed && i == 0))
                return false;
            previous = c;
            continue;
        }
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            return false; // no second sign, no spaces
        digits += c;
        previous = c;
    }
    if (digits.isEmpty())
        return false;
    bool ok = false;
    *magnitude = digits.toULongLong(&ok, base);
    return ok;
}

/// `text` without Go comments (string and rune literals kept as they are).
QString withoutComments(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'`' || c == u'\'') { // a literal: copied to its end
            const qsizetype start = i;
            for (++i; i < n && text.at(i) != c; ++i) {
                if (c != u'`' && text.at(i) == u'\\')
                    ++i;
                else if (c != u'`' && text.at(i) == u'\n')
                    break;
            }
            out += QStringView(text).mid(start, qMin(i, n - 1) - start + 1);
            continue;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'/') {
            while (i < n && text.at(i) != u'\n')
                ++i;
            out += u'\n';
            continue;
        }
        if (c == u'/' && i + 1 < n && text.at(i + 1) == u'*') {
            const qsizetype end = text.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            out += u' ';
            continue;
        }
        out += c;
    }
    return out;
}

/// The Go string literal at `pos` ("..." or `...`), unquoted; sets `end` after it.
std::optional<QString> stringLiteralAt(const QString &text, qsizetype pos, qsizetype *end)
{
    if (pos >= text.size())
        return std::nullopt;
    const QChar quote = text.at(pos);
    if (quote == u'`') {
        const qsizetype close = text.indexOf(u'`', pos + 1);
        if (close < 0)
            return std::nullopt;
        *end = close + 1;
        return text.mid(pos + 1, close - pos - 1);
    }
    if (quote != u'"')
        return std::nullopt;
    qsizetype i = pos + 1;
    while (i < text.size() && text.at(i) != u'"' && text.at(i) != u'\n')
        i += text.at(i) == u'\\' ? 2 : 1;
    if (i >= text.size() || text.at(i) != u'"')
        return std::nullopt;
    *end = i + 1;
    return goUnquote(text.mid(pos, i - pos + 1));
}

/// Skips one call argument from `pos` (nested brackets and literals included); returns the
/// position of the comma after it, or -1.
qsizetype skipArgument(const QString &text, qsizetype pos)
{
    int depth = 0;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"' || c == u'`') {
            qsizetype end = i;
            if (!stringLiteralAt(text, i, &end))
                return -1;
            i = end - 1;
        } else if (c == u'(' || c == u'[' || c == u'{') {
            ++depth;
        } else if (c == u')' || c == u']' || c == u'}') {
            if (--depth < 0)
                return -1;
        } else if (c == u',' && depth == 0) {
            return i;
        }
    }
    return -1;
}

} // namespace

QString PipelineFlag::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Bool: return QStringLiteral("bool");
    case Kind::Int: return QStringLiteral("int");
    case Kind::Uint: return QStringLiteral("uint");
    case Kind::Float: return QStringLiteral("float");
    case Kind::String: return QStringLiteral("string");
    case Kind::Duration: return QStringLiteral("duration");
    case Kind::Value: break;
    }
    return QStringLiteral("value");
}

QString PipelineFlag::groupName(Group group)
{
    switch (group) {
    case Group::Pipeline: return QStringLiteral("pipeline");
    case Group::Beam: return QStringLiteral("beam");
    case Group::Runner: return QStringLiteral("runner");
    case Group::Managed: break;
    }
    return QStringLiteral("managed");
}

QString PipelineFlag::groupDisplayName(Group group)
{
    switch (group) {
    case Group::Pipeline: return PipelineText::tr("Pipeline options");
    case Group::Beam: return PipelineText::tr("Beam options");
    case Group::Runner: return PipelineText::tr("Runner options");
    case Group::Managed: break;
    }
    return PipelineText::tr("Set by Beam Launcher");
}

PipelineFlag::Group PipelineFlag::groupOf(const QString &name)
{
    return beamFlags().value(name, Group::Pipeline);
}

std::optional<double> PipelineFlag::parseDuration(const QString &text)
{
    // time.ParseDuration: [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+, or a lone "0".
    QString s = text;
    bool negative = false;
    if (s.startsWith(u'-') || s.startsWith(u'+')) {
        negative = s.startsWith(u'-');
        s.remove(0, 1);
    }
    if (s == u"0")
        return 0.0;
    if (s.isEmpty())
        return std::nullopt;
    static const QRegularExpression part(QStringLiteral(R"(\G(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h))"));
    static const QHash<QString, double> units = {
        {QStringLiteral("ns"), 1.0}, {QStringLiteral("us"), 1e3}, {QStringLiteral("µs"), 1e3},
        {QStringLiteral("μs"), 1e3}, {QStringLiteral("ms"), 1e6}, {QStringLiteral("s"), 1e9},
        {QStringLiteral("m"), 60e9}, {QStringLiteral("h"), 3600e9}};
    double total = 0;
    qsizetype pos = 0;
    while (pos < s.size()) {
        const QRegularExpressionMatch m = part.match(s, pos, QRegularExpression::NormalMatch,
                                                     QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const QString whole = m.captured(1);
        const QString fraction = m.captured(2);
        if (whole.isEmpty() && fraction.isEmpty())
            return std::nullopt; // ".s" or "s"
        const double value = (whole.isEmpty() ? 0.0 : whole.toDouble())
            + (fraction.isEmpty() ? 0.0 : QString(QStringLiteral("0.") + fraction).toDouble());
        total += value * units.value(m.captured(3));
        pos = m.capturedEnd();
    }
    if (total > double(std::numeric_limits<qint64>::max()))
        return std::nullopt; // Go: "invalid duration" (overflow)
    return negative ? -total : total;
}

QString PipelineFlag::validate(Kind kind, const QString &value)
{
    switch (kind) {
    case Kind::Bool: {
        static const QStringList accepted = {QStringLiteral("1"), QStringLiteral("t"), QStringLiteral("T"),
                                             QStringLiteral("TRUE"), QStringLiteral("true"), QStringLiteral("True"),
                                             QStringLiteral("0"), QStringLiteral("f"), QStringLiteral("F"),
                                             QStringLiteral("FALSE"), QStringLiteral("false"), QStringLiteral("False")};
        if (accepted.contains(value))
            return {};
        return PipelineText::tr("\"%1\" is not a bool: use true or false (also 1, 0, t, f).").arg(value);
    }
    case Kind::Int:
    case Kind::Uint: {
        const bool isSigned = kind == Kind::Int;
        bool negative = false;
        quint64 magnitude = 0;
        if (!parseGoInteger(value, isSigned, &negative, &magnitude))
            return isSigned ? PipelineText::tr("\"%1\" is not an integer (e.g. 42, -7, 0x1F).").arg(value)
                            : PipelineText::tr("\"%1\" is not an unsigned integer (e.g. 0, 42, 0x1F).").arg(value);
        const quint64 limit = isSigned ? (negative ? quint64(std::numeric_limits<qint64>::max()) + 1
                                                   : quint64(std::numeric_limits<qint64>::max()))
                                       : std::numeric_limits<quint64>::max();
        if (magnitude > limit)
            return PipelineText::tr("%1 is out of range for a 64-bit integer.").arg(value);
        return {};
    }
    case Kind::Float: {
        static const QRegularExpression decimal(QStringLiteral(
            R"(^[+-]?(?:(?:\d(?:_?\d)*)?\.?\d(?:_?\d)*\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d+)?|0[xX][0-9a-fA-F_.]+[pP][+-]?\d+)$)"));
        static const QRegularExpression special(QStringLiteral(R"(^[+-]?(?:inf|infinity|nan)$)"),
                                                QRegularExpression::CaseInsensitiveOption);
        if (special.match(value).hasMatch())
            return {};
        if (!decimal.match(value).hasMatch() || value.count(u'.') > 1)
            return PipelineText::tr("\"%1\" is not a number (e.g. 0.25, 1e-3).").arg(value);
        if (!value.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
            QString plain = value;
            bool ok = false;
            const double d = plain.remove(u'_').toDouble(&ok);
            if (!ok || !std::isfinite(d))
                return PipelineText::tr("%1 is out of range for a 64-bit float.").arg(value);
        }
        return {};
    }
    case Kind::Duration:
        if (parseDuration(value))
            return {};
        return PipelineText::tr("\"%1\" is not a duration: use a number with a unit, e.g. 300ms, 1.5h, 2h45m "
                             "(units ns, us, ms, s, m, h).")
            .arg(value);
    case Kind::String:
    case Kind::Value:
        break;
    }
    return {};
}

QString PipelineFlag::validate(const QString &value) const
{
    return validate(kind, value);
}

bool PipelineFlag::isDefault(const QString &value) const
{
    if (value == defaultValue)
        return true;
    if (!validate(value).isEmpty() || !validate(defaultValue).isEmpty())
        return false;
    switch (kind) {
    case Kind::Bool: {
        const auto truth = [](const QString &v) { return v == u"1" || v.compare(u"t", Qt::CaseInsensitive) == 0 || v.compare(u"true", Qt::CaseInsensitive) == 0; };
        return truth(value) == truth(defaultValue);
    }
    case Kind::Int:
    case Kind::Uint: {
        bool n1 = false, n2 = false;
        quint64 m1 = 0, m2 = 0;
        parseGoInteger(value, kind == Kind::Int, &n1, &m1);
        parseGoInteger(defaultValue, kind == Kind::Int, &n2, &m2);
        return m1 == m2 && (n1 == n2 || m1 == 0);
    }
    case Kind::Float: {
        QString a = value, b = defaultValue;
        return a.remove(u'_').toDouble() == b.remove(u'_').toDouble();
    }
    case Kind::Duration:
        return parseDuration(value) == parseDuration(defaultValue);
    case Kind::String:
    case Kind::Value:
        break;
    }
    return false;
}

namespace PipelineFlags {

std::optional<PipelineFlagList> parseHelp(const QString &output, QString *error)
{
    // "  -name type" then "    \tusage" lines; a one-letter bool: "  -v\tusage".
    static const QRegularExpression header(QStringLiteral(R"(^  -([^\s=]+)(?: (.+))?$)"));
    static const QRegularExpression shortBool(QStringLiteral("^  -([^\\s=])\\t(.*)$"));
    static const QRegularExpression defaultSuffix(QStringLiteral(R"( ?\(default (.*)\)$)"));
    PipelineFlagList flags;
    PipelineFlag *current = nullptr;
    QStringList usage;
    const auto close = [&] {
        if (!current)
            return;
        QString text = usage.join(u'\n');
        const QRegularExpressionMatch d = defaultSuffix.match(text);
        if (d.hasMatch()) {
            const QString raw = d.captured(1);
            text.truncate(d.capturedStart());
            if (const auto unquoted = goUnquote(raw)) {
                current->defaultValue = *unquoted;
                if (current->kind == PipelineFlag::Kind::Value)
                    current->kind = PipelineFlag::Kind::String; // a string flag whose usage names its value
            } else {
                current->defaultValue = raw;
            }
        } else {
            current->defaultValue = zeroValue(current->kind);
        }
        current->usage = text;
        current = nullptr;
        usage.clear();
    };
    const QStringList lines = output.split(u'\n');
    for (QString line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (current && line.startsWith(QLatin1String("    \t"))) {
            usage << line.mid(5);
            continue;
        }
        QRegularExpressionMatch m = shortBool.match(line);
        const bool oneLine = m.hasMatch();
        if (!oneLine)
            m = header.match(line);
        if (!m.hasMatch()) {
            close();
            continue;
        }
        close();
        PipelineFlag flag;
        flag.name = m.captured(1);
        flag.typeName = oneLine ? QString() : m.captured(2);
        flag.kind = kindOf(flag.typeName);
        flag.group = PipelineFlag::groupOf(flag.name);
        flags.append(flag);
        current = &flags.last();
        if (oneLine)
            usage << m.captured(2);
    }
    close();
    if (flags.isEmpty()) {
        if (error)
            *error = PipelineText::tr("The launcher printed no flags for --help.");
        return std::nullopt;
    }
    return flags;
}

const PipelineFlag *find(const PipelineFlagList &flags, const QString &name)
{
    for (const PipelineFlag &f : flags) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList unknownFlags(const PipelineFlagList &flags, const QStringList &pipelineFlags)
{
    QList<LaunchSpec::HelpFlag> defined;
    for (const PipelineFlag &f : flags)
        defined.append({f.name, f.kind != PipelineFlag::Kind::Bool});
    return LaunchSpec::unknownFlags(defined, pipelineFlags);
}

QStringList flagsDefinedIn(const QStringList &sources)
{
    // The functions of package flag that define a flag, by the argument that names it.
    static const QSet<QString> nameFirst = {
        QStringLiteral("String"), QStringLiteral("Int"), QStringLiteral("Int64"), QStringLiteral("Uint"),
        QStringLiteral("Uint64"), QStringLiteral("Bool"), QStringLiteral("Float64"), QStringLiteral("Duration"),
        QStringLiteral("Func"), QStringLiteral("BoolFunc")};
    static const QSet<QString> nameSecond = {
        QStringLiteral("Var"), QStringLiteral("StringVar"), QStringLiteral("IntVar"), QStringLiteral("Int64Var"),
        QStringLiteral("UintVar"), QStringLiteral("Uint64Var"), QStringLiteral("BoolVar"),
        QStringLiteral("Float64Var"), QStringLiteral("DurationVar"), QStringLiteral("TextVar")};
    // import "flag", import f "flag", or a line of an import block.
    static const QRegularExpression importFlag(QStringLiteral(R"re((?:^|\bimport)\s*([A-Za-z_]\w*)?\s*"flag"\s*$)re"),
                                               QRegularExpression::MultilineOption);
    // name = "literal" (a const or var the flag may be named by).
    static const QRegularExpression constant(QStringLiteral(R"re(\b([A-Za-z_]\w*)\s*(?:string\s*)?:?=\s*"([^"\\\n]*)")re"));
    QStringList texts;
    QHash<QString, QString> constants;
    for (const QString &source : sources) {
        const QString text = withoutComments(source);
        QRegularExpressionMatchIterator c = constant.globalMatch(text);
        while (c.hasNext()) {
            const QRegularExpressionMatch m = c.next();
            constants.insert(m.captured(1), m.captured(2));
        }
        texts << text;
    }
    QStringList names;
    for (const QString &text : std::as_const(texts)) {
        QStringList aliases;
        QRegularExpressionMatchIterator im = importFlag.globalMatch(text);
        while (im.hasNext()) {
            const QString alias = im.next().captured(1);
            aliases << (alias.isEmpty() || alias == u"import" ? QStringLiteral("flag") : alias);
        }
        aliases.removeAll(QStringLiteral("_"));
        aliases.removeDuplicates();
        if (aliases.isEmpty())
            continue;
        const QRegularExpression call(QStringLiteral(R"(\b(?:%1)\.([A-Z]\w*)\s*\(\s*)").arg(aliases.join(u'|')));
        QRegularExpressionMatchIterator it = call.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString function = m.captured(1);
            qsizetype pos = m.capturedEnd();
            if (nameSecond.contains(function)) {
                const qsizetype comma = skipArgument(text, pos);
                if (comma < 0)
                    continue;
                pos = comma + 1;
                while (pos < text.size() && text.at(pos).isSpace())
                    ++pos;
            } else if (!nameFirst.contains(function)) {
                continue;
            }
            qsizetype end = pos;
            std::optional<QString> name = stringLiteralAt(text, pos, &end);
            if (!name) { // a constant's name
                static const QRegularExpression identifier(QStringLiteral(R"(\G([A-Za-z_]\w*)\s*,)"));
                const QRegularExpressionMatch id = identifier.match(text, pos, QRegularExpression::NormalMatch,
                                                                   QRegularExpression::AnchorAtOffsetMatchOption);
                if (id.hasMatch() && constants.contains(id.captured(1)))
                    name = constants.value(id.captured(1));
            }
            if (name && !name->isEmpty() && !names.contains(*name))
                names << *name;
        }
    }
    return names;
}

QStringList ownSourceFiles(const QByteArray &listDepsJson)
{
    QStringList files;
    const QList<QByteArray> objects = splitJsonStream(listDepsJson);
    for (const QByteArray &object : objects) {
        const QJsonObject o = QJsonDocument::fromJson(object).object();
        if (o.value(QLatin1String("Standard")).toBool())
            continue;
        const QJsonObject module = o.value(QLatin1String("Module")).toObject();
        if (!module.value(QLatin1String("Main")).toBool())
            continue;
        const QString modulePath = module.value(QLatin1String("Path")).toString();
        const QString importPath = o.value(QLatin1String("ImportPath")).toString();
        // A pipeline inside Beam's own module: Beam's SDK packages are still Beam's.
        if (isBeamModule(modulePath) && (importPath.contains(QLatin1String("/go/pkg/"))))
            continue;
        const QDir dir(o.value(QLatin1String("Dir")).toString());
        const QJsonArray goFiles = o.value(QLatin1String("GoFiles")).toArray();
        for (const QJsonValue &f : goFiles)
            files << dir.filePath(f.toString());
    }
    return files;
}

void assignGroups(PipelineFlagList *flags, const std::optional<QStringList> &ownFlags)
{
    for (PipelineFlag &f : *flags) {
        const PipelineFlag::Group byName = PipelineFlag::groupOf(f.name);
        if (!ownFlags || byName == PipelineFlag::Group::Managed)
            f.group = byName;
        else if (ownFlags->contains(f.name))
            f.group = PipelineFlag::Group::Pipeline;
        else // defined by Beam or another module the pipeline imports
            f.group = byName == PipelineFlag::Group::Pipeline ? PipelineFlag::Group::Beam : byName;
    }
}

PipelineFlagList offered(const PipelineFlagList &flags)
{
    PipelineFlagList list;
    for (const PipelineFlag::Group group :
         {PipelineFlag::Group::Pipeline, PipelineFlag::Group::Beam, PipelineFlag::Group::Runner}) {
        for (const PipelineFlag &f : flags) {
            if (f.group == group)
                list << f;
        }
    }
    return list;
}

FormValues toForm(const PipelineFlagList &flags, const QStringList &pipelineFlags)
{
    FormValues form;
    for (qsizetype i = 0; i < pipelineFlags.size(); ++i) {
        const QString &word = pipelineFlags.at(i);
        QString name, value;
        bool hasValue = false;
        if (word == u"--" || !LaunchSpec::splitFlag(word, &name, &value, &hasValue)) {
            form.extra += pipelineFlags.mid(i); // Go reads no flag from here on
            break;
        }
        const PipelineFlag *flag = find(flags, name);
        if (!flag || flag->group == PipelineFlag::Group::Managed || form.values.contains(name)) {
            form.extra << word;
            if (flag && !hasValue && flag->kind != PipelineFlag::Kind::Bool && i + 1 < pipelineFlags.size())
                form.extra << pipelineFlags.at(++i);
            continue;
        }
        if (!hasValue) {
            if (flag->kind == PipelineFlag::Kind::Bool) {
                value = QStringLiteral("true");
            } else if (i + 1 < pipelineFlags.size()) {
                value = pipelineFlags.at(++i);
            } else {
                form.extra << word; // a value flag without its value: keep it as typed
                continue;
            }
        }
        form.values.insert(name, value);
    }
    return form;
}

QStringList fromForm(const PipelineFlagList &flags, const FormValues &form)
{
    QStringList words;
    for (const PipelineFlag &flag : flags) {
        const auto it = form.values.constFind(flag.name);
        if (it == form.values.cend() || flag.isDefault(*it))
            continue;
        words << QStringLiteral("--") + flag.name + u'=' + *it;
    }
    // Values for flags this launcher no longer has stay, as typed.
    for (auto it = form.values.cbegin(); it != form.values.cend(); ++it) {
        if (!find(flags, it.key()))
            words << QStringLiteral("--") + it.key() + u'=' + it.value();
    }
    return words + form.extra;
}

} // namespace PipelineFlags

} // namespace bl
