// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace twofold::test {

// A temporary folder with a vault path and a password file, for tests that drive the `twofold` commands.
class CliVault
{
public:
    explicit CliVault(const QByteArray &password = "correct horse\n")
        : m_vault(m_dir.filePath(QStringLiteral("vault.twofold")))
        , m_password(writeFile(QStringLiteral("password"), password))
    {}

    bool isValid() const { return m_dir.isValid(); }
    const QString &path() const { return m_vault; }

    // The arguments plus --vault and --password-file.
    QStringList withVault(QStringList arguments) const
    {
        arguments << QStringLiteral("--vault") << m_vault << QStringLiteral("--password-file") << m_password;
        return arguments;
    }

    // Writes a file in the folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        QFile file(m_dir.filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(content);
        return file.fileName();
    }

private:
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_password;
};

} // namespace twofold::test
