# Warnings for every target of ours; FT_WERROR turns them into errors (CI).
option(FT_WERROR "Treat warnings as errors" OFF)

add_library(ft_warnings INTERFACE)
target_compile_options(ft_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough
    $<$<BOOL:${FT_WERROR}>:-Werror>)
target_compile_definitions(ft_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_UP_TO=0x060400
    QT_USE_QSTRINGBUILDER)
