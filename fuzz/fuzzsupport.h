#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

// What every fuzz target shares: one QCoreApplication, a scratch folder for the input file, and a
// check that stops the run (as a crash libFuzzer keeps) when a property of the code does not hold.
namespace ft::fuzz {

// Creates the application object once (Qt's SQL plugins want one), before anything else of Qt.
void ensureApplication();

// The input written to a file in a scratch folder of this process: the readers take paths.
// `name` tells two files of one target apart.
QString writeInput(const uint8_t *data, size_t size, const QString &name = QStringLiteral("input.csv"));

// Prints the broken property and aborts, so that the input is kept as a crash.
[[noreturn]] void fail(const char *file, int line, const char *property, const QString &detail = {});

} // namespace ft::fuzz

#define FT_FUZZ_CHECK(property, detail)                                                                                \
    do {                                                                                                               \
        if (!(property))                                                                                               \
            ::ft::fuzz::fail(__FILE__, __LINE__, #property, (detail));                                                 \
    } while (false)

// Every target defines this (libFuzzer's entry); fuzz/replaymain.cpp calls it for the CTest replay.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
