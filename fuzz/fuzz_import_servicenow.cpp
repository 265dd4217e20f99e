// Any bytes imported as a ServiceNow incident export: see importtarget.h for what is checked.
#include "fuzzsupport.h"
#include "importtarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ft::fuzz::fuzzImport(data, size, ft::importing::Profile::ServiceNow);
    return 0;
}
