// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>

class QLocalSocket;

namespace twofold {

struct StartOptions;

// One Twofold per user. The first start listens on a local socket in the user's runtime directory, open to
// that user only; a later start hands its request over — "activate", "quick-copy", or the otpauth:// link it
// was given, then a tab and its Wayland activation token (empty if it has none) — waits for the answer and
// exits. A socket left behind by a crash is removed, so it never blocks a start. Messages are one line of
// UTF-8, at most maxMessageBytes; links are never logged.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Claim
    {
        Primary,   // this process is the running instance (listening, unless the socket could not be made)
        Forwarded, // a running instance took the request: exit 0
        Failed     // an instance is there but did not answer
    };

    static constexpr qsizetype maxMessageBytes = 64 * 1024;

    explicit SingleInstance(QObject *parent = nullptr);
    // `serverName`: a socket path; tests pass their own.
    explicit SingleInstance(const QString &serverName, QObject *parent = nullptr);

    // $XDG_RUNTIME_DIR/twofold-<uid>.socket
    static QString defaultServerName();
    static QString activateMessage() { return QStringLiteral("activate"); }
    static QString quickCopyMessage() { return QStringLiteral("quick-copy"); }
    // The request of a start with `options`, carrying `activationToken` (the XDG_ACTIVATION_TOKEN the
    // desktop gave that start) so the running instance may take the focus on Wayland.
    static QString messageFor(const StartOptions &options, const QString &activationToken);

    // Hands `message` to a running instance, or becomes it.
    Claim claim(const QString &message);
    bool isListening() const { return m_server.isListening(); }
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // Another start asked for the window, or for quick copy; `link` is the otpauth:// link it was given, or
    // empty; `activationToken` the Wayland activation token it passed on, or empty.
    void activated(const QString &link, bool quickCopy, const QString &activationToken);

private:
    enum class Sent
    {
        Delivered,
        NoServer,
        Unanswered
    };
    Sent send(const QString &message) const;
    void accept();
    void read(QLocalSocket *socket);

    QString m_name;
    QLocalServer m_server;
};

} // namespace twofold
