# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0

# Builds each layer probe (tests/layers/CMakeLists.txt) in the build tree BUILD_DIR: a LEGAL one
# must compile; an ILLEGAL one must fail, and fail because its header is not found (not for any
# other reason, such as a broken probe).
# cmake -DBUILD_DIR=... -DCONFIG=... -DPROBES=name:LEGAL:;name:ILLEGAL:dir/Header.h -P probe.cmake
set(failures 0)
foreach(probe IN LISTS PROBES)
    string(REPLACE ":" ";" fields "${probe}")
    list(GET fields 0 name)
    list(GET fields 1 verdict)
    set(header "")
    list(LENGTH fields count)
    if(count GREATER 2)
        list(GET fields 2 header)
    endif()
    set(config_args)
    if(CONFIG)
        set(config_args --config ${CONFIG})
    endif()
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target ${name} ${config_args}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(verdict STREQUAL "LEGAL")
        if(result EQUAL 0)
            message(STATUS "PASS ${name}: a legal include compiles")
        else()
            message(SEND_ERROR "FAIL ${name}: a legal include does not compile:\n${output}")
            math(EXPR failures "${failures} + 1")
        endif()
        continue()
    endif()
    # GCC: "No such file or directory"; Clang: "file not found"; MSVC: "Cannot open include file".
    string(REGEX MATCH "${header}[^\n]*(No such file or directory|file not found)|Cannot open include file: '${header}'"
        not_found "${output}")
    if(result EQUAL 0)
        message(SEND_ERROR "FAIL ${name}: ${header} was found: the include goes up or sideways and compiled")
        math(EXPR failures "${failures} + 1")
    elseif(NOT not_found)
        message(SEND_ERROR "FAIL ${name}: it did not compile, but not because ${header} was not found:\n${output}")
        math(EXPR failures "${failures} + 1")
    else()
        message(STATUS "PASS ${name}: ${header} is not found (${not_found})")
    endif()
endforeach()
if(failures GREATER 0)
    message(FATAL_ERROR "${failures} layer probe(s) failed")
endif()
