// SPDX-License-Identifier: GPL-3.0-or-later
#include "instance/SingleInstance.h"

#include "start/StartOptions.h"

#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>
#include <unistd.h>

namespace twofold {

namespace {
Q_LOGGING_CATEGORY(lcInstance, "twofold.instance")

constexpr int lockTimeoutMs = 10'000;
constexpr int connectTimeoutMs = 2000;
constexpr int answerTimeoutMs = 10'000; // a busy first instance (a save, a slow machine) still answers
constexpr int clientTimeoutMs = 10'000; // a connection that never sends a full line is dropped
const QByteArray okAnswer = QByteArrayLiteral("ok\n");
constexpr qsizetype maxTokenChars = 1024;

// Tokens are opaque words (a UUID, a random string): anything else could break the one-line message.
bool isToken(const QString &token)
{
    return !token.isEmpty() && token.size() <= maxTokenChars &&
           std::ranges::all_of(token, [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}
} // namespace

SingleInstance::SingleInstance(QObject *parent)
    : SingleInstance(defaultServerName(), parent)
{}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent)
    , m_name(serverName)
{
    // Other users must not even connect: the messages can carry a secret (an otpauth:// link).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::accept);
}

QString SingleInstance::defaultServerName()
{
    // The runtime directory is the user's own (0700); Qt makes a private one when XDG_RUNTIME_DIR is unset.
    // The user id in the name keeps users apart even where that directory is shared.
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
           QStringLiteral("/twofold-%1.socket").arg(::getuid());
}

QString SingleInstance::messageFor(const StartOptions &options, const QString &activationToken)
{
    const QString request = !options.link.isEmpty() ? options.link
                            : options.quickCopy     ? quickCopyMessage()
                                                    : activateMessage();
    // The tab is always there, so a stray tab inside a link can never be taken for the separator.
    return request + u'\t' + (isToken(activationToken) ? activationToken : QString());
}

SingleInstance::Claim SingleInstance::claim(const QString &message)
{
    // Connect-or-listen as one step: two starts at the same moment must not both become the running one
    // (listening with access options replaces whatever socket file is there). The lock of a process that
    // died holding it is taken over.
    QLockFile lock(m_name + QStringLiteral(".lock"));
    if (!lock.tryLock(lockTimeoutMs))
        qCWarning(lcInstance) << "starting without the start lock" << lock.error();
    switch (send(message)) {
    case Sent::Delivered:
        return Claim::Forwarded;
    case Sent::Unanswered:
        return Claim::Failed;
    case Sent::NoServer:
        break;
    }
    // Nobody listens: a socket file still there was left by a crash.
    QLocalServer::removeServer(m_name);
    if (!m_server.listen(m_name))
        qCWarning(lcInstance) << "cannot listen on" << m_name << m_server.errorString()
                              << "- later starts will open their own window";
    return Claim::Primary;
}

SingleInstance::Sent SingleInstance::send(const QString &message) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(connectTimeoutMs)) {
        // Not found or refused: nobody is listening. A timeout means somebody is, but stuck.
        return socket.error() == QLocalSocket::SocketTimeoutError ? Sent::Unanswered : Sent::NoServer;
    }
    socket.write(message.toUtf8() + '\n');
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(answerTimeoutMs))
        answer += socket.readAll();
    if (answer != okAnswer) {
        qCWarning(lcInstance) << "the running instance did not take the request";
        return Sent::Unanswered;
    }
    return Sent::Delivered;
}

void SingleInstance::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { read(socket); });
        QTimer::singleShot(clientTimeoutMs, socket, &QLocalSocket::abort);
        read(socket); // the line may be here already
    }
}

void SingleInstance::read(QLocalSocket *socket)
{
    const QByteArray head = socket->peek(maxMessageBytes + 1);
    const qsizetype end = head.indexOf('\n');
    if (end < 0) {
        if (head.size() > maxMessageBytes) {
            qCWarning(lcInstance) << "dropping an oversized request";
            socket->abort();
        }
        return;
    }
    QString request = QString::fromUtf8(socket->read(end + 1).chopped(1));
    QString token;
    // The last tab starts the token (messageFor always writes one; a bare request has none).
    if (const qsizetype tab = request.lastIndexOf(u'\t'); tab >= 0) {
        token = request.mid(tab + 1);
        request.truncate(tab);
    }
    const bool link = StartOptions::isLink(request);
    const bool quickCopy = request == quickCopyMessage();
    if ((!link && !quickCopy && request != activateMessage()) || (!token.isEmpty() && !isToken(token))) {
        qCWarning(lcInstance) << "ignoring an unknown request";
        socket->abort();
        return;
    }
    socket->write(okAnswer);
    socket->disconnectFromServer(); // after the answer is written
    Q_EMIT activated(link ? request : QString(), quickCopy, token);
}

} // namespace twofold
