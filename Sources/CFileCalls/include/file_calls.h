#ifndef POLICYSITE_FILE_CALLS_H
#define POLICYSITE_FILE_CALLS_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE):
/// readers see either the old folder or the new one, never neither.
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system
/// or kernel cannot exchange).
int policysite_exchange_paths(const char *a, const char *b);

/// Copies up to `length` bytes from `in` at `*in_offset` to `out` at its
/// file position inside the kernel (Linux copy_file_range), moving
/// `*in_offset`. Returns the bytes copied, 0 at the end of `in`, or -1 with
/// errno set (EXDEV, ENOSYS, EINVAL where it cannot copy between the two).
long policysite_copy_range(int in, long long *in_offset, int out, unsigned long length);

#endif
