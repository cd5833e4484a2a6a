# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
#
# CPack: Linux .deb and .tar.gz, macOS .dmg (DragNDrop), Windows NSIS installer and .zip.
# `cpack --config build/default/CPackConfig.cmake -B OUTDIR` (docs/PACKAGING.md).

set(CPACK_PACKAGE_NAME "beam-launcher")
set(CPACK_PACKAGE_VENDOR "Beam Launcher developers")
set(CPACK_PACKAGE_CONTACT "Beam Launcher developers <maintainers@beam-launcher.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters: the Debian control file keeps them as they are.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Beam Launcher builds an Apache Beam pipeline written in Go twice at the same\n"
    "time: a launcher for the machine that submits the job and a worker for the\n"
    "runner's Linux machines (linux/amd64 or linux/arm64, cgo off). It checks both\n"
    "binaries with go version -m before anything runs, then launches the pipeline\n"
    "on Prism, Flink, Spark, Dataflow or any portable job service, showing build\n"
    "problems and the job's output live. A window (Qt) and a command line share\n"
    "one engine. It needs a Go toolchain, 1.21 or newer.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Beam Launcher")
set(CPACK_PACKAGE_EXECUTABLES "beam-launcher" "Beam Launcher")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/" "/\\\\.cache/")
set(CPACK_VERBATIM_VARIABLES ON)

# The DMG, described on every system so that tests/platform/macos-bundle.py can check it.
set(BL_DMG_GENERATOR "DragNDrop")
set(BL_DMG_VOLUME_NAME "Beam Launcher")
set(BL_DMG_FORMAT "UDZO")
set(BL_DMG_FILE_NAME "BeamLauncher-${PROJECT_VERSION}-macOS-${CMAKE_SYSTEM_PROCESSOR}")
if(APPLE)
    set(CPACK_GENERATOR "${BL_DMG_GENERATOR}")
    set(CPACK_DMG_VOLUME_NAME "${BL_DMG_VOLUME_NAME}")
    set(CPACK_DMG_FORMAT "${BL_DMG_FORMAT}")
    set(CPACK_PACKAGE_FILE_NAME "${BL_DMG_FILE_NAME}")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_FILE_NAME "BeamLauncher-${PROJECT_VERSION}-windows-x64")
    set(CPACK_NSIS_DISPLAY_NAME "Beam Launcher")
    set(CPACK_NSIS_PACKAGE_NAME "Beam Launcher ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_BINARY_DIR}/packaging/beam-launcher.ico")
    set(CPACK_NSIS_MUI_UNIICON "${PROJECT_BINARY_DIR}/packaging/beam-launcher.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\beam-launcher.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_CONTACT "${CPACK_PACKAGE_CONTACT}")
    # The command line is half of the program: offer to put bin\ on PATH.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "beam-launcher.exe")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_PACKAGE_FILE_NAME "beam-launcher-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # beam-launcher_0.1.0_amd64.deb
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    # Shared libraries from dpkg-shlibdeps; Qt's plugins are loaded at run time, so name them.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # The SVG icon engine is in libqt6svg6 on Debian 12 and in qt6-svg-plugins from Debian 13 on:
    # ask dpkg which package holds it here.
    set(bl_svg_plugins libqt6svg6)
    find_program(BL_DPKG_QUERY dpkg-query)
    if(BL_DPKG_QUERY)
        execute_process(COMMAND ${BL_DPKG_QUERY} -S "*/qt6/plugins/iconengines/libqsvgicon.so"
            OUTPUT_VARIABLE bl_svg_owner ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(bl_svg_owner MATCHES "^([^:,]+)")
            set(bl_svg_plugins "${CMAKE_MATCH_1}")
        endif()
    endif()
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, ${bl_svg_plugins}")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
    # Debian 12's golang-go is 1.19, too old: the Go toolchain usually comes from go.dev.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "golang-go (>= 2:1.21~)")
    # TGZ: a relocatable tree (bin/, share/) that needs the same Qt 6 libraries installed.
    set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
endif()

include(CPack)
