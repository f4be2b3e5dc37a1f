// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthyImporter.h"

#include "crypto/AesCbc.h"
#include "crypto/Kdf.h"
#include "encoding/Base32.h"
#include "formats/ImportBuilder.h"
#include "formats/KdfBudget.h"
#include "formats/SecretText.h"
#include "formats/SharedPreferencesXml.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace twofold {

namespace {
const QLatin1StringView formatId("authy");
const QLatin1StringView tokensKey("com.authy.storage.tokens.authenticator.key");
constexpr quint32 iterations = 1000;

// Authy's names are "Issuer: Name" or "Issuer - Name"; the issuer is also stored apart (originalIssuer,
// or the part of originalName before ':'), so the name is what is left after it.
void splitName(const QJsonObject &token, ImportFields *fields)
{
    const QString originalName = token.value(u"originalName").toString();
    QString issuer = token.value(u"originalIssuer").toString().trimmed();
    QString name = token.value(u"name").toString().trimmed();
    if (issuer.isEmpty() && originalName.contains(u':'))
        issuer = originalName.section(u':', 0, 0).trimmed();
    if (issuer.isEmpty() && name.contains(u" - "))
        issuer = name.section(QStringLiteral(" - "), 0, 0).trimmed();
    if (name.isEmpty() && originalName.contains(u':'))
        name = originalName.section(u':', 1).trimmed();
    if (!issuer.isEmpty() && name.startsWith(issuer)) {
        QString rest = name.sliced(issuer.size()).trimmed();
        if (rest.startsWith(u':') || rest.startsWith(u'-')) {
            rest = rest.sliced(1).trimmed();
            if (!rest.isEmpty())
                name = rest;
        }
    }
    fields->issuer = issuer;
    fields->name = name;
}

// An encrypted token's secret (the plaintext is its base32 text); nullopt when it does not decrypt to
// base32, which read() takes for a wrong password when no token decrypts (one password encrypts them all).
std::optional<SecureBytes> decrypt(const QJsonObject &token, const SecureBytes &password)
{
    const QByteArray salt = token.value(u"salt").toString().toUtf8();
    auto ciphertext = QByteArray::fromBase64Encoding(token.value(u"encryptedSecret").toString().toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    if (salt.isEmpty() || !ciphertext)
        return std::nullopt;
    const auto key = Kdf::pbkdf2(HashAlgorithm::Sha1, password, salt, iterations, 32);
    if (!key)
        return std::nullopt;
    auto text = AesCbc::decrypt(*key, QByteArray(AesCbc::blockSize, '\0'), ciphertext.decoded);
    if (!text)
        return std::nullopt;
    auto secret = Base32::decode(QByteArrayView(text->constData(), text->size()));
    if (!secret)
        return std::nullopt;
    return std::move(*secret);
}
} // namespace

std::optional<ImportFormat::Protection> AuthyImporter::detect(const ImportInput &input)
{
    if (!SharedPreferencesXml::mentions(input.bytes(), tokensKey))
        return std::nullopt;
    // Any encrypted token needs the backup password.
    return input.bytes().contains("encryptedSecret") ? ImportFormat::Protection::Password
                                                     : ImportFormat::Protection::None;
}

Expected<ImportResult> AuthyImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const auto prefs = SharedPreferencesXml::values(input.bytes(), formatId);
    if (!prefs)
        return std::unexpected(prefs.error());
    const ImportInput tokensJson(prefs->value(tokensKey).toUtf8());
    const QJsonDocument *document = tokensJson.json();
    if (!document || !document->isArray())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("tokens"));

    struct Token
    {
        ImportFields fields;
        std::optional<Error> error;
    };
    // One PBKDF2 per encrypted token: the file's tokens together must fit the budget before the first runs.
    quint64 sealed = 0;
    for (const QJsonValue &value : document->array()) {
        const QJsonObject object = value.toObject();
        sealed +=
            object.value(u"decryptedSecret").toString().isEmpty() && object.contains(u"encryptedSecret");
    }
    const quint64 work = KdfBudget::repeated(KdfBudget::pbkdf2(HashAlgorithm::Sha1, iterations, 32), sealed);
    if (const auto within = KdfBudget::check(formatId, 1, work); !within)
        return std::unexpected(within.error());
    QList<Token> tokens;
    int encrypted = 0;
    int decrypted = 0;
    for (const QJsonValue &value : document->array()) {
        const QJsonObject object = value.toObject();
        Token token;
        splitName(object, &token.fields);
        token.fields.digits = object.value(u"digits").toInt(0);
        if (const QString plain = object.value(u"decryptedSecret").toString(); !plain.isEmpty()) {
            auto secret = SecretText::base32(plain);
            if (secret)
                token.fields.secret = std::move(*secret);
            else
                token.error = secret.error();
        } else if (object.contains(u"encryptedSecret")) {
            ++encrypted;
            if (password.isEmpty())
                return failImport(ErrorCode::ImportPasswordNeeded, formatId);
            auto secret = decrypt(object, password);
            if (secret) {
                ++decrypted;
                token.fields.secret = std::move(*secret);
            } else {
                token.error = Error{ErrorCode::ImportBadSecret, QStringLiteral("encrypted data")};
            }
        } else {
            token.error = Error{ErrorCode::ImportMissingField, QStringLiteral("secret")};
        }
        tokens.append(std::move(token));
    }
    // One backup password encrypts every token: if none opens, it is the password that is wrong.
    if (encrypted > 0 && decrypted == 0)
        return failImport(ErrorCode::ImportWrongPassword, formatId);

    ImportBuilder builder(formatId);
    for (const Token &token : std::as_const(tokens)) {
        if (token.error)
            builder.reject(token.fields.issuer, token.fields.name, *token.error);
        else
            builder.add(token.fields);
    }
    return builder.finish();
}

} // namespace twofold
