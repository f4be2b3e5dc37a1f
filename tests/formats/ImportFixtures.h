// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the importer suites: the fixture table, reading fixtures, accounts as comparable text.
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "crypto/Hkdf.h"
#include "encoding/Base32.h"
#include "formats/AegisExporter.h"
#include "formats/CsvReader.h"
#include "formats/ImportInput.h"
#include "formats/ImportLimits.h"
#include "formats/Importer.h"
#include "qr/QrDecoder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace twofold::importtest {

inline QJsonArray fixtureTable()
{
    QFile file(QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/import-fixtures.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

inline constexpr char fixturesMissing[] =
    "../shared (formats and fixtures) is missing next to the source tree (set TWOFOLD_SHARED_DIR), or "
    "tests/data/import-fixtures.json is missing or not valid JSON";

// Whether the shared fixtures and the fixture table are there: every importer suite needs both.
inline bool fixturesReady()
{
    return !test::sharedDir().isEmpty() && !fixtureTable().isEmpty();
}

inline QByteArray readFixture(const QString &relative)
{
    QFile file(test::sharedDir() + QStringLiteral("/fixtures/third-party/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// One account as comparable text: every field the table lists, the secret as hex of its bytes.
inline QString describe(const QString &issuer, const QString &name, const QString &type,
                        const QString &algorithm, int digits, int period, quint64 counter,
                        const QByteArray &secret)
{
    return QStringLiteral("%1 | %2 | %3 %4 %5 digits | period %6 | counter %7 | %8")
        .arg(issuer, name, type, algorithm)
        .arg(digits)
        .arg(period)
        .arg(counter)
        .arg(QString::fromLatin1(secret.toHex()));
}

inline QStringList expectedAccounts(const QJsonArray &accounts)
{
    QStringList out;
    for (const QJsonValue &value : accounts) {
        const QJsonObject a = value.toObject();
        const QString type = a[u"type"].toString();
        const auto secret = Base32::decode(a[u"secret"].toString().toLatin1());
        out.append(describe(a[u"issuer"].toString(), a[u"name"].toString(), type, a[u"algorithm"].toString(),
                            a[u"digits"].toInt(), type == u"hotp" ? 0 : a[u"period"].toInt(),
                            type == u"hotp" ? a[u"counter"].toInteger() : 0,
                            secret ? test::plain(*secret) : QByteArray("undecodable")));
    }
    out.sort();
    return out;
}

inline QStringList actualAccounts(const QList<ImportedAccount> &accounts)
{
    QStringList out;
    for (const ImportedAccount &account : accounts) {
        const OtpParameters &p = account.otp.parameters();
        out.append(describe(account.otp.issuer(), account.otp.name(), otpTypeName(p.type()),
                            hashAlgorithmName(p.algorithm()), p.digits(), p.isTimeBased() ? p.period() : 0,
                            p.isTimeBased() ? 0 : p.counter(), test::plain(account.otp.secret())));
    }
    out.sort();
    return out;
}

// The error codes the table names.
inline ErrorCode codeNamed(const QString &name)
{
    if (name == u"ImportUnsupported")
        return ErrorCode::ImportUnsupported;
    if (name == u"ImportDamaged")
        return ErrorCode::ImportDamaged;
    if (name == u"ImportUnknownFormat")
        return ErrorCode::ImportUnknownFormat;
    qFatal("import-fixtures.json names an error code the test does not know: %s", qPrintable(name));
}

inline Expected<ImportResult> importFixture(const QJsonObject &row, const QByteArray &data,
                                            const SecureBytes &password)
{
    if (!row[u"image"].toBool())
        return Importer::read(data, password);
    QImage image;
    image.loadFromData(data);
    auto texts = QrDecoder::decode(image);
    if (!texts)
        return std::unexpected(texts.error());
    return Importer::read(texts->join('\n'), password);
}

struct EncryptedFixture
{
    const char *file;
    const char *password;
    const char *format;
};

inline const EncryptedFixture encryptedSamplesA[] = {
    {"aegis/aegis_encrypted.json", "test", "aegis"},
    {"gnome-authenticator/aegis_encrypted.json", "test", "aegis"},
    {"andotp/andotp_encrypted.bin", "test", "andotp"},
    {"andotp/andotp.encrypted.bin", "testtest", "andotp"},
    {"andotp/accounts_new_123456.json.aes", "123456", "andotp"},
    {"andotp/andotp_encrypted_old.bin", "test", "andotp"},
    {"2fas/2fas_authenticator_encrypted.2fas", "test", "2fas"},
    {"2fas/2fas_authenticator_encrypted_v3.2fas", "test", "2fas"},
    {"2fas/2fas_authenticator_encrypted_v4.2fas", "test", "2fas"},
};

inline QJsonObject jsonFixture(const QString &relative)
{
    return QJsonDocument::fromJson(readFixture(relative)).object();
}

inline QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

// A plain Aegis file around the given content.
inline QByteArray aegisPlain(const QJsonObject &content)
{
    return toJson({{QStringLiteral("version"), 1},
                   {QStringLiteral("header"), QJsonObject{{QStringLiteral("slots"), QJsonValue::Null},
                                                          {QStringLiteral("params"), QJsonValue::Null}}},
                   {QStringLiteral("db"), content}});
}

inline QJsonObject aegisEntry(const QString &type, const QString &issuer, const QJsonObject &extra = {})
{
    QJsonObject info{{QStringLiteral("secret"), QStringLiteral("JBSWY3DPEHPK3PXP")},
                     {QStringLiteral("algo"), QStringLiteral("SHA1")},
                     {QStringLiteral("digits"), 6},
                     {QStringLiteral("period"), 30},
                     {QStringLiteral("counter"), 3}};
    QJsonObject entry{{QStringLiteral("type"), type},
                      {QStringLiteral("name"), QStringLiteral("someone")},
                      {QStringLiteral("issuer"), issuer},
                      {QStringLiteral("info"), info}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        entry.insert(it.key(), it.value());
    return entry;
}

const ImportedAccount *accountByIssuer(const ImportResult &result, const QString &issuer)
{
    for (const ImportedAccount &account : result.accounts) {
        if (account.otp.issuer() == issuer)
            return &account;
    }
    return nullptr;
}

inline OtpAuthUri uriOf(const char *text)
{
    return OtpAuthUri::parse(text).value(); // the samples are valid; a typo throws and fails the test
}

// A random source that counts up, so exports are reproducible.
class CountingRandom : public RandomSource
{
public:
    SecureBytes bytes(int count) override
    {
        SecureBytes out(count);
        for (int i = 0; i < count; ++i)
            out[i] = char(m_next++);
        return out;
    }

private:
    quint8 m_next = 1;
};

inline QList<ExportAccount> exportSample()
{
    return {
        {uriOf("otpauth://totp/Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ"),
         {QStringLiteral("work")},
         QStringLiteral("recovery codes in the safe"),
         true,
         QUuid::fromString(u"3ae6f1ad-2e65-4ed2-a953-1ec0dff2386d")},
        {uriOf("otpauth://totp/"
               "SPDX:James?secret=5OM4WOOGPLQEF6UGN3CPEOOLWU&algorithm=SHA256&digits=7&period=20"),
         {QStringLiteral("work"), QStringLiteral("open \"source\"")},
         QString(),
         false,
         QUuid()},
        {uriOf("otpauth://hotp/"
               "WWE:Mason?secret=5VAML3X35THCEBVRLV24CGBKOY&algorithm=SHA512&digits=8&counter=10300"),
         {},
         QStringLiteral("line one\nline two \u00e9\u2603"),
         false,
         QUuid()},
        {uriOf("otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI"),
         {QStringLiteral("games")},
         QString(),
         true,
         QUuid()},
        {uriOf("otpauth://totp/"
               "Caf%C3%A9%20%22%5C%22:%E2%9C%93?secret=7ELGJSGXNCCTV3O6LKJWYFV2RA&digits=10&period=3600"),
         {},
         QString(),
         false,
         QUuid()},
        {uriOf("otpauth://totp/no-issuer?secret=JBSWY3DPEHPK3PXP"), {}, QString(), false, QUuid()},
    };
}

// Everything an exported account carries, as text: the round trip must give it back unchanged.
inline QStringList describeAll(const QList<QString> &uris, const QList<QStringList> &tags,
                               const QStringList &notes, const QList<bool> &favourites)
{
    QStringList out;
    for (qsizetype i = 0; i < uris.size(); ++i) {
        out.append(uris.at(i) + QStringLiteral(" | tags ") + tags.at(i).join(u',') +
                   QStringLiteral(" | note ") + notes.at(i) + QStringLiteral(" | favourite ") +
                   QString::number(favourites.at(i)));
    }
    return out;
}

inline QStringList describeExported(const QList<ExportAccount> &accounts)
{
    QList<QString> uris;
    QList<QStringList> tags;
    QStringList notes;
    QList<bool> favourites;
    for (const ExportAccount &account : accounts) {
        uris.append(QString::fromUtf8(account.otp.toUri().toByteArray()));
        QStringList unique;
        for (const QString &tag : account.tags) {
            if (!unique.contains(tag))
                unique.append(tag);
        }
        tags.append(unique);
        notes.append(account.note);
        favourites.append(account.favourite);
    }
    return describeAll(uris, tags, notes, favourites);
}

inline QStringList describeImported(const QList<ImportedAccount> &accounts)
{
    QList<QString> uris;
    QList<QStringList> tags;
    QStringList notes;
    QList<bool> favourites;
    for (const ImportedAccount &account : accounts) {
        uris.append(QString::fromUtf8(account.otp.toUri().toByteArray()));
        tags.append(account.tags);
        notes.append(account.note);
        favourites.append(account.favourite);
    }
    return describeAll(uris, tags, notes, favourites);
}

} // namespace twofold::importtest
