// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace twofold {

namespace {
const QStringList knownKeys = {
    QStringLiteral("uuid"),     QStringLiteral("issuer"),     QStringLiteral("name"),
    QStringLiteral("type"),     QStringLiteral("algorithm"),  QStringLiteral("digits"),
    QStringLiteral("period"),   QStringLiteral("counter"),    QStringLiteral("icon"),
    QStringLiteral("tags"),     QStringLiteral("favourite"),  QStringLiteral("note"),
    QStringLiteral("recovery"), QStringLiteral("created"),    QStringLiteral("modified"),
    QStringLiteral("lastUsed"), QStringLiteral("usageCount"),
};

// Times as milliseconds since the epoch (exact in a JSON double); absent when unset.
void putTime(QJsonObject &object, const QString &key, const QDateTime &time)
{
    if (time.isValid())
        object.insert(key, double(time.toMSecsSinceEpoch()));
}

QDateTime takeTime(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::UTC)
                            : QDateTime();
}

std::unexpected<Error> damaged(const char *field)
{
    return fail(ErrorCode::VaultDamaged, QString::fromLatin1(field));
}
} // namespace

QByteArray AccountJson::write(const Account &account)
{
    QJsonObject object = account.unknownFields;
    object.insert(QStringLiteral("uuid"), account.uuid.toString(QUuid::WithoutBraces));
    object.insert(QStringLiteral("issuer"), account.issuer);
    object.insert(QStringLiteral("name"), account.name);
    object.insert(QStringLiteral("type"), otpTypeName(account.parameters.type()));
    object.insert(QStringLiteral("algorithm"), hashAlgorithmName(account.parameters.algorithm()));
    object.insert(QStringLiteral("digits"), account.parameters.digits());
    if (account.parameters.type() == OtpType::Hotp)
        object.insert(QStringLiteral("counter"),
                      QString::number(account.parameters.counter())); // 64-bit exact
    else
        object.insert(QStringLiteral("period"), account.parameters.period());
    if (!account.icon.isEmpty())
        object.insert(QStringLiteral("icon"), account.icon);
    if (!account.tags.isEmpty())
        object.insert(QStringLiteral("tags"), QJsonArray::fromStringList(account.tags));
    if (account.favourite)
        object.insert(QStringLiteral("favourite"), true);
    if (!account.note.isEmpty())
        object.insert(QStringLiteral("note"), account.note);
    if (!account.recoveryCodes.isEmpty()) {
        QJsonArray codes;
        for (const RecoveryCode &code : account.recoveryCodes)
            codes.append(QJsonObject{
                {QStringLiteral("code"), QString::fromUtf8(code.code.constData(), code.code.size())},
                {QStringLiteral("used"), code.used}});
        object.insert(QStringLiteral("recovery"), codes);
    }
    putTime(object, QStringLiteral("created"), account.created);
    putTime(object, QStringLiteral("modified"), account.modified);
    putTime(object, QStringLiteral("lastUsed"), account.lastUsed);
    if (account.usageCount > 0)
        object.insert(QStringLiteral("usageCount"), QString::number(account.usageCount));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Expected<Account> AccountJson::read(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged("json");
    const QJsonObject object = document.object();

    Account account;
    account.uuid = QUuid::fromString(object.value(QStringLiteral("uuid")).toString());
    if (account.uuid.isNull())
        return damaged("uuid");
    account.issuer = object.value(QStringLiteral("issuer")).toString();
    account.name = object.value(QStringLiteral("name")).toString();

    const QString type = object.value(QStringLiteral("type")).toString();
    OtpType otpType;
    if (type == QLatin1String("totp"))
        otpType = OtpType::Totp;
    else if (type == QLatin1String("hotp"))
        otpType = OtpType::Hotp;
    else if (type == QLatin1String("steam"))
        otpType = OtpType::Steam;
    else
        return damaged("type");

    const QString algorithm = object.value(QStringLiteral("algorithm")).toString();
    HashAlgorithm hash;
    if (algorithm == QLatin1String("SHA1"))
        hash = HashAlgorithm::Sha1;
    else if (algorithm == QLatin1String("SHA256"))
        hash = HashAlgorithm::Sha256;
    else if (algorithm == QLatin1String("SHA512"))
        hash = HashAlgorithm::Sha512;
    else
        return damaged("algorithm");

    bool counterOk = true;
    const quint64 counter = otpType == OtpType::Hotp
                                ? object.value(QStringLiteral("counter")).toString().toULongLong(&counterOk)
                                : 0;
    if (!counterOk)
        return damaged("counter");
    const auto parameters = OtpParameters::create(
        otpType, hash, object.value(QStringLiteral("digits")).toInt(-1),
        object.value(QStringLiteral("period")).toInt(OtpParameters::defaultPeriod), counter);
    if (!parameters)
        return std::unexpected(parameters.error());
    account.parameters = *parameters;

    account.icon = object.value(QStringLiteral("icon")).toString();
    for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray())
        account.tags << tag.toString();
    account.favourite = object.value(QStringLiteral("favourite")).toBool();
    account.note = object.value(QStringLiteral("note")).toString();
    for (const QJsonValue &value : object.value(QStringLiteral("recovery")).toArray()) {
        const QJsonObject code = value.toObject();
        account.recoveryCodes.append({secureUtf8(code.value(QStringLiteral("code")).toString()),
                                      code.value(QStringLiteral("used")).toBool()});
    }
    account.created = takeTime(object, QStringLiteral("created"));
    account.modified = takeTime(object, QStringLiteral("modified"));
    account.lastUsed = takeTime(object, QStringLiteral("lastUsed"));
    account.usageCount = object.value(QStringLiteral("usageCount")).toString().toULongLong();

    for (auto it = object.begin(); it != object.end(); ++it)
        if (!knownKeys.contains(it.key()))
            account.unknownFields.insert(it.key(), it.value());
    return account;
}

} // namespace twofold
