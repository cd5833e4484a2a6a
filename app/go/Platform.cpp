// SPDX-FileCopyrightText: Beam Launcher developers
// SPDX-License-Identifier: Apache-2.0
#include "go/Platform.h"

#include "go/GoText.h"

#include <QCoreApplication>
#include <QSysInfo>

namespace bl {

namespace {

bool isGoName(QStringView part)
{
    // Lower-case letters and digits; GOARCH "386" starts with a digit.
    if (part.isEmpty())
        return false;
    for (QChar c : part) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

} // namespace

QString Platform::toString() const
{
    return os + u'/' + arch;
}

QString Platform::executableSuffix() const
{
    return os == u"windows" ? QStringLiteral(".exe") : QString();
}

std::optional<Platform> Platform::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0 || trimmed.indexOf(u'/', slash + 1) >= 0) {
        if (error)
            *error = GoText::tr("\"%1\" is not a platform: write it as GOOS/GOARCH, for example linux/amd64.")
                         .arg(text.toString());
        return std::nullopt;
    }
    const QStringView os = trimmed.left(slash);
    const QStringView arch = trimmed.mid(slash + 1);
    if (!isGoName(os) || !isGoName(arch)) {
        if (error)
            *error = GoText::tr("\"%1\" is not a platform: GOOS and GOARCH are lower-case names such as "
                                "linux/amd64 or darwin/arm64.")
                         .arg(text.toString());
        return std::nullopt;
    }
    return Platform{os.toString(), arch.toString()};
}

Platform Platform::host()
{
    Platform p;
#if defined(Q_OS_WIN)
    p.os = QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    p.os = QStringLiteral("darwin");
#elif defined(Q_OS_LINUX)
    p.os = QStringLiteral("linux");
#elif defined(Q_OS_FREEBSD)
    p.os = QStringLiteral("freebsd");
#else
    p.os = QSysInfo::kernelType();
#endif
    const QString cpu = QSysInfo::currentCpuArchitecture();
    if (cpu == u"x86_64")
        p.arch = QStringLiteral("amd64");
    else if (cpu == u"i386")
        p.arch = QStringLiteral("386");
    else if (cpu == u"arm64")
        p.arch = QStringLiteral("arm64");
    else
        p.arch = cpu; // arm, riscv64, ppc64le, s390x... share Go's names
    return p;
}

} // namespace bl
