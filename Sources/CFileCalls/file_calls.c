#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include "file_calls.h"

int policysite_exchange_paths(const char *a, const char *b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

long policysite_copy_range(int in, long long *in_offset, int out, unsigned long length) {
#if defined(__linux__)
    off64_t offset = *in_offset;
    ssize_t copied = copy_file_range(in, &offset, out, NULL, length, 0);
    *in_offset = offset;
    return copied;
#else
    errno = ENOSYS;
    return -1;
#endif
}
