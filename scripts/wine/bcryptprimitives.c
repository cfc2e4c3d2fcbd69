/*
 * A test fixture, never shipped: Wine 8 lacks bcryptprimitives.dll, whose
 * ProcessPrng Go's runtime calls for random bytes since Go 1.24. This one
 * export hands the call to advapi32's SystemFunction036 (RtlGenRandom),
 * which Wine has. scripts/wine/exec builds it and puts it in the test
 * prefix's system32.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
