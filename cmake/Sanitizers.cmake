# FT_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer (CI runs the
# whole test suite that way: .ci/run). Any finding stops the test that made it.
option(FT_SANITIZE "Build with ASan + UBSan" OFF)
set(FT_SANITIZER_ENV "")
if(FT_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
    # Leaks are checked too; the suppressions name third-party libraries only (see the file).
    set(FT_SANITIZER_ENV
        "ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/cmake/lsan.supp:print_suppressions=0")
endif()
