// Any bytes imported with the generic profile, columns mapped by their names as the import
// suggests them: see importtarget.h for what is checked.
#include "fuzzsupport.h"
#include "importtarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ft::fuzz::fuzzImport(data, size, ft::importing::Profile::Generic);
    return 0;
}
