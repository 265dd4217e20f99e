# FT_FUZZ=ON builds the libFuzzer targets of fuzz/ (scripts/fuzz does it in build-fuzz/). Clang only:
# everything of ours gets libFuzzer's coverage hooks and ASan + UBSan; only the targets link the
# fuzzer's main. The normal build never sees fuzz/ apart from the corpus replay tests (tests/fuzz).
option(FT_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(FT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "FT_FUZZ=ON needs clang: configure with CXX=clang++ in a build folder of its own "
                            "(scripts/fuzz does)")
    endif()
    if(FT_SANITIZE)
        message(FATAL_ERROR "FT_FUZZ=ON brings its own sanitizers; leave FT_SANITIZE off")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
