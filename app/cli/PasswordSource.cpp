// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PasswordSource.h"

#include "storage/AtomicFile.h"

#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace twofold {

namespace {
constexpr qsizetype maxPasswordBytes = 4096;

// Reads one line from the terminal with echo off, restoring the terminal whatever happens.
Expected<SecureBytes> promptTerminal(const QString &prompt)
{
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return fail(ErrorCode::IoError,
                    QStringLiteral("no terminal for the password prompt; use --password-file"));
    const QByteArray text = prompt.toLocal8Bit();
    [[maybe_unused]] const ssize_t shown = ::write(tty, text.constData(), size_t(text.size()));
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    SecureBytes password{int(maxPasswordBytes)};
    qsizetype length = 0;
    char c = 0;
    while (length < maxPasswordBytes && ::read(tty, &c, 1) == 1 && c != '\n')
        password[length++] = c;
    if (isTerminal)
        ::tcsetattr(tty, TCSAFLUSH, &saved);
    [[maybe_unused]] const ssize_t newline = ::write(tty, "\n", 1);
    ::close(tty);
    password.resize(int(length));
    return password;
}
} // namespace

PasswordSource::PasswordSource(QString passwordFile)
    : m_file(std::move(passwordFile))
{}

Expected<SecureBytes> PasswordSource::read(const QString &prompt) const
{
    SecureBytes password;
    if (isInteractive()) {
        auto typed = promptTerminal(prompt);
        if (!typed)
            return typed;
        password = std::move(*typed);
    } else {
        auto content = AtomicFile::read(m_file, maxPasswordBytes);
        if (!content) {
            Error error = content.error();
            if (error.code == ErrorCode::VaultNotFound)
                error = {ErrorCode::IoError, m_file + QStringLiteral(": no such file")};
            else if (error.code == ErrorCode::VaultDamaged)
                error = {ErrorCode::PasswordTooLong, QString::number(maxPasswordBytes)};
            return std::unexpected(error);
        }
        SecureBytes bytes(*content);
        content->fill('\0');
        const qsizetype newline = QByteArrayView(bytes.constData(), bytes.size()).indexOf('\n');
        if (newline >= 0)
            bytes.resize(int(newline)); // the first line; its newline is not part of the password
        password = std::move(bytes);
    }
    if (password.isEmpty())
        return fail(ErrorCode::PasswordEmpty);
    return password;
}

} // namespace twofold
