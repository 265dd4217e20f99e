# The fuzz targets and what they share: read by fuzz/CMakeLists.txt (libFuzzer, FT_FUZZ=ON) and by
# tests/fuzz/CMakeLists.txt (the corpus replay of the normal build).
set(FT_FUZZ_DIR ${CMAKE_CURRENT_LIST_DIR})
set(FT_FUZZ_TARGETS csvreader datetime import_servicenow import_generic)
set(FT_FUZZ_SUPPORT_SOURCES
    ${FT_FUZZ_DIR}/fuzzsupport.h ${FT_FUZZ_DIR}/fuzzsupport.cpp
    ${FT_FUZZ_DIR}/importtarget.h ${FT_FUZZ_DIR}/importtarget.cpp)
