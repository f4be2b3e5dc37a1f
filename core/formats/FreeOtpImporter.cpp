// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreeOtpImporter.h"

#include "crypto/AesGcm.h"
#include "crypto/Kdf.h"
#include "formats/FreeOtpToken.h"
#include "formats/ImportLimits.h"
#include "formats/JavaSerializedMap.h"
#include "formats/SecretText.h"
#include "formats/SharedPreferencesXml.h"

#include <QJsonArray>
#include <QSet>

namespace twofold {

namespace {

const QString formatId = QStringLiteral("freeotp");
const QString tokenOrderKey = QStringLiteral("tokenOrder");
const QString masterKeyKey = QStringLiteral("masterKey");
const QString tokenSuffix = QStringLiteral("-token");

std::unexpected<Error> damaged(const char *what)
{
    return failImport(ErrorCode::ImportDamaged, formatId, QLatin1StringView(what));
}

// A JSON object held in a string, with the same depth bound as whole files; empty when it is not one.
QJsonObject objectIn(const QString &text)
{
    return ImportInput(text.toUtf8()).object();
}

Expected<SharedPreferencesXml::Strings> preferences(const ImportInput &input)
{
    // Two strings per token at most (token, and the order) plus a little slack.
    return SharedPreferencesXml::strings(input.bytes(), formatId, 2 * ImportLimits::maxEntries + 16);
}

Expected<ImportResult> readTokensXml(const ImportInput &input)
{
    auto strings = preferences(input);
    if (!strings)
        return std::unexpected(strings.error());
    ImportBuilder builder(formatId);
    for (const auto &[name, text] : std::as_const(*strings)) {
        if (name == tokenOrderKey)
            continue;
        const QJsonObject token = objectIn(text);
        if (token.isEmpty()) {
            builder.reject(QString(), name.left(64),
                           Error{ErrorCode::ImportDamaged, QStringLiteral("token"), formatId});
            continue;
        }
        auto secret = SecretText::signedBytes(token.value(u"secret").toArray());
        if (!secret) {
            builder.reject(FreeOtpToken::issuer(token), FreeOtpToken::name(token), secret.error());
            continue;
        }
        FreeOtpToken::add(builder, token, std::move(*secret), FreeOtpToken::Counter::StoredMinusOne);
    }
    return builder.finish();
}

// The nonce inside Java's GCMParameterSpec encoding: a bare DER OCTET STRING (older Android) or a
// SEQUENCE { OCTET STRING nonce, INTEGER tag bits }; short-form lengths only, as a 12-byte nonce needs.
QByteArray nonceFromDer(const QByteArray &der)
{
    QByteArrayView rest(der);
    if (rest.size() >= 2 && quint8(rest[0]) == 0x30 && quint8(rest[1]) < 0x80)
        rest = rest.sliced(2);
    if (rest.size() < 2 || quint8(rest[0]) != 0x04 || quint8(rest[1]) >= 0x80 || rest.size() < 2 + rest[1])
        return {};
    return rest.sliced(2, rest[1]).toByteArray();
}

// FreeOTP's EncryptedKey JSON: AES-GCM, associated data = mToken. AuthenticationFailed when `key` is
// wrong; ImportDamaged or ImportUnsupported when the structure is not the one FreeOTP writes.
Expected<SecureBytes> unwrap(const QJsonObject &encrypted, const SecureBytes &key)
{
    if (encrypted.value(u"mCipher").toString() != u"AES/GCM/NoPadding") {
        if (!encrypted.value(u"mCipher").isString())
            return damaged("key");
        return failImport(ErrorCode::ImportUnsupported, formatId, {}, ErrorReason::Cipher);
    }
    const auto sealed = SecretText::signedBytes(encrypted.value(u"mCipherText").toArray());
    const auto parameters = SecretText::signedBytes(encrypted.value(u"mParameters").toArray());
    if (!sealed || !parameters || !encrypted.value(u"mToken").isString())
        return damaged("key");
    const QByteArray nonce = nonceFromDer(parameters->toByteArray());
    if (nonce.size() != AesGcm::nonceSize || sealed->size() < AesGcm::tagSize)
        return damaged("key");
    return AesGcm::open(key, nonce, sealed->toByteArray(), encrypted.value(u"mToken").toString().toUtf8());
}

Expected<SecureBytes> masterKey(const QString &json, const SecureBytes &password)
{
    const QJsonObject master = objectIn(json);
    const QString algorithm = master.value(u"mAlgorithm").toString().toUpper();
    if (master.isEmpty() || !master.value(u"mEncryptedKey").isObject())
        return damaged("master key");
    std::optional<HashAlgorithm> digest;
    if (algorithm == u"PBKDF2WITHHMACSHA1")
        digest = HashAlgorithm::Sha1;
    else if (algorithm == u"PBKDF2WITHHMACSHA256")
        digest = HashAlgorithm::Sha256;
    else if (algorithm == u"PBKDF2WITHHMACSHA512")
        digest = HashAlgorithm::Sha512;
    else
        return failImport(ErrorCode::ImportUnsupported, formatId, {}, ErrorReason::Kdf);
    const auto salt = SecretText::signedBytes(master.value(u"mSalt").toArray());
    if (!salt)
        return damaged("master key");
    // Out-of-range counts (negative, fractional, > 2^32) become 0, which Kdf refuses before any work.
    const double iterations = master.value(u"mIterations").toDouble(0);
    const quint32 rounds = iterations >= 1 && iterations <= 4294967295.0 && iterations == quint32(iterations)
                               ? quint32(iterations)
                               : 0;
    auto key = Kdf::pbkdf2(*digest, password, salt->toByteArray(), rounds, 32);
    if (!key)
        return std::unexpected(key.error());
    auto unwrapped = unwrap(master.value(u"mEncryptedKey").toObject(), *key);
    if (!unwrapped && unwrapped.error().code == ErrorCode::AuthenticationFailed)
        return failImport(ErrorCode::ImportWrongPassword, formatId);
    return unwrapped;
}

Expected<ImportResult> readBackup(const ImportInput &input, const SecureBytes &password)
{
    const auto entries = JavaSerializedMap::read(input.bytes(), formatId, 2 * ImportLimits::maxEntries + 1);
    if (!entries)
        return std::unexpected(entries.error());
    QHash<QString, QString> values;
    QStringList ids; // tokens in the order the file first names them
    QSet<QString> seen;
    for (const auto &[key, value] : *entries) {
        values.insert(key, value);
        if (key == masterKeyKey)
            continue;
        const QString id = key.endsWith(tokenSuffix) ? key.chopped(tokenSuffix.size()) : key;
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    if (!values.contains(masterKeyKey))
        return damaged("master key");
    const auto master = masterKey(values.value(masterKeyKey), password);
    if (!master)
        return std::unexpected(master.error());

    ImportBuilder builder(formatId);
    for (const QString &id : std::as_const(ids)) {
        const QJsonObject token = objectIn(values.value(id + tokenSuffix));
        const QString issuer = FreeOtpToken::issuer(token);
        const QString name = token.isEmpty() ? id.left(64) : FreeOtpToken::name(token);
        if (token.isEmpty()) {
            builder.reject(QString(), name, {ErrorCode::ImportMissingField, QStringLiteral("token")});
            continue;
        }
        const QJsonObject wrapper = objectIn(values.value(id));
        if (!wrapper.value(u"key").isString()) {
            builder.reject(issuer, name, {ErrorCode::ImportMissingField, QStringLiteral("secret")});
            continue;
        }
        auto secret = unwrap(objectIn(wrapper.value(u"key").toString()), *master);
        if (!secret) {
            // The master key is authenticated, so a failure here is damage to this entry alone.
            const Error error = secret.error().code == ErrorCode::AuthenticationFailed
                                    ? Error{ErrorCode::ImportDamaged, QStringLiteral("secret"), formatId}
                                    : secret.error();
            builder.reject(issuer, name, error);
            continue;
        }
        FreeOtpToken::add(builder, token, std::move(*secret), FreeOtpToken::Counter::AsOtpAuth);
    }
    return builder.finish();
}

} // namespace

std::optional<ImportFormat::Protection> FreeOtpImporter::detect(const ImportInput &input)
{
    if (JavaSerializedMap::looksLike(input.bytes()))
        return ImportFormat::Protection::Password;
    if (!SharedPreferencesXml::looksLike(input.bytes()))
        return std::nullopt;
    // The order list, or a token, among the strings that parse: a cut file is still recognised, and
    // read() then reports it as damaged.
    const auto strings =
        SharedPreferencesXml::leadingStrings(input.bytes(), 2 * ImportLimits::maxEntries + 16);
    for (const auto &[name, text] : strings) {
        if (name == tokenOrderKey)
            return ImportFormat::Protection::None;
        const QJsonObject token = objectIn(text);
        if (token.value(u"secret").isArray() && token.value(u"type").isString())
            return ImportFormat::Protection::None;
    }
    return std::nullopt;
}

Expected<ImportResult> FreeOtpImporter::read(const ImportInput &input, const SecureBytes &password)
{
    if (JavaSerializedMap::looksLike(input.bytes()))
        return readBackup(input, password);
    return readTokensXml(input);
}

} // namespace twofold
