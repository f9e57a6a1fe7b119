# SPDX-License-Identifier: MIT
# One INTERFACE target carries warnings and Qt hygiene defines (qBittorrent's qbt_common_cfg idea).
add_library(comfyscope_compile_options INTERFACE)
target_compile_definitions(comfyscope_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(comfyscope_compile_options INTERFACE -Wall -Wextra -Wno-unused-parameter)
elseif(MSVC)
    target_compile_options(comfyscope_compile_options INTERFACE /W4 /utf-8 /Zc:__cplusplus /permissive-)
endif()
