# SPDX-FileCopyrightText: Beam Launcher developers
# SPDX-License-Identifier: Apache-2.0
# cmake -DQT_BIN_DIR=DIR -P run-with-qt.cmake TOOL ARGS...
# Runs a freshly built host tool with Qt's DLL folder on PATH (Windows finds DLLs only there).
set(args "")
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE 0 ${last})
    if(CMAKE_ARGV${i} STREQUAL "-P")
        math(EXPR first "${i} + 2")
        break()
    endif()
endforeach()
foreach(i RANGE ${first} ${last})
    list(APPEND args "${CMAKE_ARGV${i}}")
endforeach()
set(ENV{PATH} "${QT_BIN_DIR};$ENV{PATH}")
execute_process(COMMAND ${args} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${args}: ${result}")
endif()
