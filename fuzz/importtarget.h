#pragma once

#include "importing/importtypes.h"

#include <cstddef>
#include <cstdint>

namespace ft::fuzz {

// Imports the bytes as a CSV file with `profile` into one store kept for the whole run, inside a
// transaction that is rolled back afterwards, so that every input meets the same (empty) store.
// Checks what import promises:
// - all or nothing: a failed import leaves no follow-up, event or import record behind;
// - a failure is a bad-input error whose message names the file;
// - a successful import adds what its report says, and records one import run;
// - importing the same file again adds no follow-up; a ServiceNow export changes nothing at all.
// A file refused for a bad row is imported once more with bad rows skipped.
void fuzzImport(const uint8_t *data, size_t size, importing::Profile profile);

} // namespace ft::fuzz
