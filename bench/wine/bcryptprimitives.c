/* Test infrastructure only, never shipped: Debian 12's wine 8 has no bcryptprimitives.dll, which
 * Rust's standard library (>= 1.78) imports for ProcessPrng. This shim gives that one export over
 * RtlGenRandom (advapi32!SystemFunction036), which wine has. Built by bench/wine/runner.sh. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
