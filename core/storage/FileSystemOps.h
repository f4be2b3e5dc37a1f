// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <sys/types.h>

namespace twofold {

// The few system calls a durable save makes, behind a seam so tests can fail any of them
// (ENOSPC after N bytes, EIO on fsync, a failing rename) like KeePassXC's FailDevice.
class FileSystemOps
{
public:
    virtual ~FileSystemOps();
    virtual ssize_t write(int fd, const void *data, size_t size);
    virtual int fsync(int fd);
    virtual int rename(const char *from, const char *to);

    static FileSystemOps &real();
};

} // namespace twofold
