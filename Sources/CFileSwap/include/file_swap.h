#ifndef POLICYSITE_FILE_SWAP_H
#define POLICYSITE_FILE_SWAP_H

/// Atomically exchanges two paths (Linux renameat2 with RENAME_EXCHANGE):
/// readers see either the old folder or the new one, never neither.
/// Returns 0, or -1 with errno set (EINVAL or ENOSYS where the file system
/// or kernel cannot exchange).
int policysite_exchange_paths(const char *a, const char *b);

#endif
