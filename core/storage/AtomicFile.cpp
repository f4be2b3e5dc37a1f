// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/AtomicFile.h"

#include "storage/FileDescriptor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold {

Error AtomicFile::errorFromErrno(int error, const QString &path)
{
    const QString detail = path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(error));
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return {ErrorCode::DiskFull, path};
    case EACCES:
    case EPERM:
    case EROFS:
        return {ErrorCode::PermissionDenied, path};
    case ENOENT:
        return {ErrorCode::VaultNotFound, path};
    default:
        return {ErrorCode::IoError, detail};
    }
}

Expected<void> AtomicFile::write(const QString &requestedPath, QByteArrayView bytes, const Verifier &verify,
                                 FileSystemOps &ops)
{
    // A symlinked vault (say, into a synced folder) is updated where it points, not replaced by a file.
    const QFileInfo link(requestedPath);
    const QString path = link.isSymLink() ? link.symLinkTarget() : requestedPath;
    const QFileInfo info(path);
    const QByteArray directory = QFile::encodeName(info.absolutePath());
    QByteArray temp =
        QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()) + ".XXXXXX";
    const auto failWith = [&](int error) {
        ::unlink(temp.constData());
        return std::unexpected(errorFromErrno(error, path));
    };

    FileDescriptor fd(::mkostemp(temp.data(), O_CLOEXEC));
    if (fd.get() < 0)
        return std::unexpected(errorFromErrno(errno, path));
    if (::fchmod(fd.get(), 0600) != 0)
        return failWith(errno);

    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ops.write(fd.get(), bytes.data() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failWith(n < 0 ? errno : EIO);
        written += n;
    }
    if (ops.fsync(fd.get()) != 0)
        return failWith(errno);
    if (::close(fd.release()) != 0)
        return failWith(errno);

    if (verify) {
        if (auto verified = verify(QFile::decodeName(temp)); !verified) {
            ::unlink(temp.constData());
            return verified;
        }
    }
    if (ops.rename(temp.constData(), QFile::encodeName(path).constData()) != 0)
        return failWith(errno);

    FileDescriptor dir(::open(directory.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ops.fsync(dir.get()) != 0)
        return fail(ErrorCode::SavedNotDurable, path); // the new file is in place; only durability is unknown
    return {};
}

Expected<void> AtomicFile::ensureDirectory(const QString &path)
{
    if (QFileInfo(path).isDir())
        return {};
    const QString parent = QFileInfo(path).absolutePath();
    if (parent != path) {
        if (auto ok = ensureDirectory(parent); !ok)
            return ok;
    }
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return std::unexpected(errorFromErrno(errno, path));
    if (::chmod(native.constData(), 0700) != 0)
        return std::unexpected(errorFromErrno(errno, path));
    return {};
}

Expected<QByteArray> AtomicFile::read(const QString &path, qsizetype maxSize)
{
    FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        return std::unexpected(errorFromErrno(errno, path));
    struct stat status{};
    if (::fstat(fd.get(), &status) != 0)
        return std::unexpected(errorFromErrno(errno, path));
    if (status.st_size > maxSize)
        return fail(ErrorCode::VaultDamaged, QStringLiteral("size")); // refused before reading it
    // Pipes and devices report size 0: read them up to the limit, plus one byte to notice excess.
    const bool regular = S_ISREG(status.st_mode);
    QByteArray bytes(regular ? qsizetype(status.st_size) : maxSize + 1, Qt::Uninitialized);
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::read(fd.get(), bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::unexpected(errorFromErrno(errno, path));
        if (n == 0)
            break;
        done += n;
    }
    bytes.truncate(done);
    if (bytes.size() > maxSize)
        return fail(ErrorCode::VaultDamaged, QStringLiteral("size"));
    return bytes;
}

} // namespace twofold
