// SPDX-License-Identifier: GPL-3.0-or-later
#include "TotpAuthenticatorImporter.h"

#include "crypto/AesCbc.h"
#include "crypto/Digest.h"
#include "crypto/WipedBytes.h"
#include "formats/ImportBuilder.h"
#include "formats/SecretText.h"
#include "formats/SharedPreferencesXml.h"

#include <QJsonArray>

namespace twofold {

namespace {
const QLatin1StringView formatId("totp-authenticator");
const QLatin1StringView listKey("STATIC_TOTP_CODES_LIST");
// The password the app encrypts with when the user sets none (a published constant, not a secret).
constexpr QByteArrayView defaultPassword = "TotpAuthenticator";
// The plaintext is `{"[` + the escaped account list: a right key shows these bytes in the first block.
constexpr QByteArrayView plaintextStart = "{\"[";
constexpr qsizetype minimumText = 24; // one AES block in base64

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, formatId, QLatin1StringView(what));
}

// The export's bytes as base64 text without line breaks, or nullopt when it is not such a text. At least
// one character from outside the base32 alphabet tells it from a bare base32 secret.
std::optional<QByteArray> base64Text(const QByteArray &bytes)
{
    QByteArray text = bytes.simplified();
    text.replace(' ', QByteArray());
    if (text.size() < minimumText)
        return std::nullopt;
    bool outsideBase32 = false;
    for (char c : std::as_const(text)) {
        const bool upper = c >= 'A' && c <= 'Z';
        const bool lower = c >= 'a' && c <= 'z';
        const bool digit = c >= '0' && c <= '9';
        if (!upper && !lower && !digit && c != '+' && c != '/' && c != '=')
            return std::nullopt;
        if (lower || c == '0' || c == '1' || c == '8' || c == '9' || c == '+' || c == '/')
            outsideBase32 = true;
    }
    // AES-CBC output (zero IV): whole 16-byte blocks.
    const qsizetype decoded = QByteArray::fromBase64(text).size();
    if (!outsideBase32 || decoded < 16 || decoded % 16 != 0)
        return std::nullopt;
    return text;
}

bool opensWith(const SecureBytes &password, QByteArrayView ciphertext)
{
    if (ciphertext.size() < AesCbc::blockSize)
        return false;
    const auto first = AesCbc::decrypt(Digest::sha256Secret(password), QByteArray(AesCbc::blockSize, '\0'),
                                       ciphertext.first(AesCbc::blockSize), AesCbc::Padding::None);
    return first && QByteArrayView(first->constData(), first->size()).startsWith(plaintextStart);
}

void addAccounts(ImportBuilder &builder, const QJsonArray &accounts)
{
    for (const QJsonValue &value : accounts) {
        // The app writes each account as an object, or as JSON text of one (parsed with the same bounds).
        const QJsonObject account =
            value.isString() ? ImportInput(value.toString().toUtf8()).object() : value.toObject();
        ImportFields fields;
        fields.issuer = account.value(u"issuer").toString();
        fields.name = account.value(u"name").toString();
        fields.digits = account.value(u"digits").toVariant().toInt();
        const int period = account.value(u"period").toVariant().toInt();
        fields.period = period > 0 ? period : 30;
        const QString key = account.value(u"key").toString();
        const int base = account.value(u"base").toVariant().toInt();
        Expected<SecureBytes> secret =
            fail(ErrorCode::ImportBadSecret, QStringLiteral("base ") + QString::number(base));
        if (base == 16)
            secret = SecretText::hex(key);
        else if (base == 32)
            secret = SecretText::base32(key);
        else if (base == 64)
            secret = SecretText::base64(key);
        builder.add(std::move(fields), std::move(secret));
    }
}

Expected<ImportResult> accountsFrom(const QByteArray &listJson)
{
    const ImportInput list(listJson);
    if (!list.json() || !list.json()->isArray())
        return damaged("accounts");
    ImportBuilder builder(formatId);
    addAccounts(builder, list.json()->array());
    return builder.finish();
}

Expected<ImportResult> readExport(const QByteArray &text, const SecureBytes &password)
{
    const QByteArray ciphertext = QByteArray::fromBase64(text);
    if (text.size() % 4 != 0 || ciphertext.isEmpty() || ciphertext.size() % AesCbc::blockSize != 0)
        return damaged("length");
    const SecureBytes used = password.isEmpty() ? SecureBytes(defaultPassword.toByteArray()) : password;
    // No MAC: a right password is told by the known start of the plaintext; after that any failure is damage.
    if (!opensWith(used, ciphertext))
        return failImport(ErrorCode::ImportWrongPassword, formatId);
    const auto plain =
        AesCbc::decrypt(Digest::sha256Secret(used), QByteArray(AesCbc::blockSize, '\0'), ciphertext);
    if (!plain)
        return damaged("padding");
    const WipedBytes plaintext(*plain);
    const ImportInput outer(plaintext.bytes());
    const QJsonObject root = outer.object();
    if (root.isEmpty())
        return damaged("json");
    const QByteArray list = root.keys().first().toUtf8();
    auto result = accountsFrom(list);
    WipedBytes::wipe(list); // the decrypted account list, no longer shared
    return result;
}
} // namespace

std::optional<ImportFormat::Protection> TotpAuthenticatorImporter::detect(const ImportInput &input)
{
    if (SharedPreferencesXml::mentions(input.bytes(), listKey))
        return ImportFormat::Protection::None;
    const auto text = base64Text(input.bytes());
    if (!text)
        return std::nullopt;
    // Exported without a password of the user's own: readable as it is.
    if (opensWith(SecureBytes(defaultPassword.toByteArray()), QByteArray::fromBase64(*text)))
        return ImportFormat::Protection::None;
    return ImportFormat::Protection::Password;
}

Expected<ImportResult> TotpAuthenticatorImporter::read(const ImportInput &input, const SecureBytes &password)
{
    if (SharedPreferencesXml::mentions(input.bytes(), listKey)) {
        const auto prefs = SharedPreferencesXml::values(input.bytes(), formatId);
        if (!prefs)
            return std::unexpected(prefs.error());
        return accountsFrom(prefs->value(listKey).toUtf8());
    }
    const auto text = base64Text(input.bytes());
    if (!text)
        return damaged("base64");
    return readExport(*text, password);
}

} // namespace twofold
