// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictCopies.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace twofold {

namespace {
QRegularExpression patternFor(const QString &vaultPath)
{
    const QFileInfo vault(vaultPath);
    const QString base = QRegularExpression::escape(vault.completeBaseName());
    const QString extension =
        vault.suffix().isEmpty() ? QString() : QRegularExpression::escape(QLatin1Char('.') + vault.suffix());
    // Syncthing names the device in upper-case base32; Nextcloud and Dropbox put the words (and a user or
    // device name, a date, a time) in parentheses, Dropbox adding " (N)" when the name is taken.
    return QRegularExpression(QStringLiteral("^%1(?:\\.sync-conflict-\\d{8}-\\d{6}-[A-Z2-7]{7}|"
                                             " \\([^()/]*(?i:conflicted copy)[^()/]*\\)(?: \\(\\d+\\))?)%2$")
                                  .arg(base, extension));
}
} // namespace

bool ConflictCopies::isCopyOf(const QString &fileName, const QString &vaultPath)
{
    return patternFor(vaultPath).match(fileName).hasMatch();
}

QStringList ConflictCopies::find(const QString &vaultPath)
{
    const QRegularExpression pattern = patternFor(vaultPath);
    const QDir directory = QFileInfo(vaultPath).absoluteDir();
    QStringList result;
    for (const QString &name : directory.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        if (pattern.match(name).hasMatch())
            result << directory.absoluteFilePath(name);
    return result;
}

} // namespace twofold
