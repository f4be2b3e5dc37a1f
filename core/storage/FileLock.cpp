// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/FileLock.h"

#include "storage/AtomicFile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twofold {

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

Expected<void> FileLock::lock(const QString &path, int timeoutMs)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_fd < 0)
        return std::unexpected(AtomicFile::errorFromErrno(errno, path));
    ::fchmod(m_fd, 0600);
    QElapsedTimer timer;
    timer.start();
    while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno != EWOULDBLOCK && errno != EINTR)
            return std::unexpected(AtomicFile::errorFromErrno(errno, path));
        if (timer.elapsed() > timeoutMs)
            return fail(ErrorCode::VaultBusy, path);
        QThread::msleep(20);
    }
    return {};
}

} // namespace twofold
