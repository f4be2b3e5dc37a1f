// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace twofold::importtest::otherApps {

// Ente's encrypted export with cheap costs (8 MiB, 1 pass), password "test", made with libsodium: one plain
// line and one JSON-quoted line, the message tagged FINAL (the app's own file uses MESSAGE).
inline const QByteArray enteSmall =
    "{\"version\":1,\"kdfParams\":{\"memLimit\":8388608,\"opsLimit\":1,\"salt\":\"2spZx/"
    "OX7oB2nuU2t7F1GQ==\"},"
    "\"encryptedData\":\"IYhTq5E5Y/EgrwH9tYTaktvZwNU+iCdJgBAeDFPDcG3IVNBxNr31LWZLyzNKR/"
    "8vmgLXt4VnhfY48s8+8wUlqiYADQ"
    "PehPRRVsSemhD2T9SYTi+6p4ZM/H7FZ/"
    "FtQS47uxyDLovCE5Aa2XLVDIDMpVHsQNrYvhnAKoInglfEiHI5ALSEbIOD3Z9zCFEI6E7WmfWwUVbhYD"
    "dLpuYIYg==\",\"encryptionNonce\":\"tjL6YERCIfdD11d/N5Uruh3e+YhVXJru\"}\n";

// TOTP Authenticator's export under the app's built-in password: Plain/carol (base 32, 8 digits, 60 s) and
// Odd/dave with an encoding the app does not have (base 17).
inline const QByteArray totpAuthenticatorDefault =
    "lEDrWnElmHGLK33My6jzCTS4DCyOxZGyKS57LPO6fwJfGNVDLdS3x98cscAJXlOlycxmnUS8SBMjEEjaaNe6bjgZbcykYUKuYKp4M+"
    "d8Pebn"
    "54MPPRIYu0rUd+FaTJzeR+nMF7rBhfdJH0n5R4QDlBh31wBRlvHZ1oE9UdkH9t49rJDpC43fzVyh8oVpnWLGaqtmyUeZWAu1mlawN/"
    "AWxcwt4Y"
    "D1UL6fcRnWtIz/Ymvl4M639xCv5vI8JeoWxvyOP5/mAahyeBhPhoq2/GlLuYUZqnwsH9rFIgfGUfkjGQqpXhidNaVfO1Dr8H4MCPSr";

struct Sample
{
    const char *file;
    const char *password;
    const char *format;
};

// Every fixture of these formats, with its password.
inline const Sample samples[] = {
    {"bitwarden/bitwarden.json", "", "bitwarden"},
    {"gnome-authenticator/bitwarden.json", "", "bitwarden"},
    {"bitwarden/bitwarden.csv", "", "bitwarden"},
    {"bitwarden/bitwarden.encrypted.pbkdf2.json", "rud9^5S6$^Ewmr%d", "bitwarden"},
    {"bitwarden/bitwarden.encrypted.argon2id.json", "rud9^5S6$^Ewmr%d", "bitwarden"},
    {"bitwarden/bitwarden.encrypted.accountrestricted.json", "", "bitwarden"},
    {"bitwarden/bitwardenauthenticator.json", "", "bitwarden-authenticator"},
    {"ente-auth/ente.encrypted.json", "test", "ente"},
    {"lastpass/lastpass.json", "", "lastpass"},
    {"proton-authenticator/proton_authenticator.json", "", "proton"},
    {"steam/steam.json", "", "steam"},
    {"duo/duo.json", "", "duo"},
    {"authy/authy_plain.xml", "", "authy"},
    {"authy/authy_encrypted.xml", "testtest", "authy"},
    {"battle-net/battle_net_authenticator.xml", "", "battle-net"},
    {"totp-authenticator/totp_authenticator.bin", "Testtest1", "totp-authenticator"},
    {"totp-authenticator/totp_authenticator_internal.xml", "", "totp-authenticator"},
};

// The JSON object with one top-level member replaced (or a member of `inner`, when given).
inline QByteArray withMember(const QByteArray &json, const QString &key, const QJsonValue &value,
                             const QString &inner = {})
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    if (inner.isEmpty()) {
        root.insert(key, value);
    } else {
        QJsonObject object = root.value(inner).toObject();
        object.insert(key, value);
        root.insert(inner, object);
    }
    return QJsonDocument(root).toJson();
}

} // namespace twofold::importtest::otherApps
