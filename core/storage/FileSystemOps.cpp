// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileSystemOps.h"

#include <cstdio>
#include <unistd.h>

namespace twofold {

FileSystemOps::~FileSystemOps() = default;

ssize_t FileSystemOps::write(int fd, const void *data, size_t size)
{
    return ::write(fd, data, size);
}

int FileSystemOps::fsync(int fd)
{
    return ::fsync(fd);
}

int FileSystemOps::rename(const char *from, const char *to)
{
    return std::rename(from, to);
}

FileSystemOps &FileSystemOps::real()
{
    static FileSystemOps ops;
    return ops;
}

} // namespace twofold
