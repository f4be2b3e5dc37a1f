// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitwardenItems.h"

#include "formats/SecretText.h"

#include <QHash>
#include <QJsonArray>

namespace twofold {

namespace {
constexpr int loginType = 1;
} // namespace

Expected<void> BitwardenItems::add(ImportBuilder &builder, const QJsonObject &root,
                                   QLatin1StringView formatId)
{
    const QJsonValue items = root.value(u"items");
    if (!items.isArray())
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("items"));
    QHash<QString, QString> folders;
    for (const QJsonValue &folder : root.value(u"folders").toArray()) {
        const QJsonObject object = folder.toObject();
        folders.insert(object.value(u"id").toString(), object.value(u"name").toString());
    }
    for (const QJsonValue &value : items.toArray()) {
        const QJsonObject item = value.toObject();
        const QJsonObject login = item.value(u"login").toObject();
        const QString totp = login.value(u"totp").toString().trimmed();
        if (item.value(u"type").toInt() != loginType || totp.isEmpty())
            continue;
        ImportFields extra;
        extra.issuer = item.value(u"name").toString();
        extra.name = login.value(u"username").toString();
        extra.note = item.value(u"notes").toString();
        extra.favourite = item.value(u"favorite").toBool();
        const QString folder = folders.value(item.value(u"folderId").toString());
        if (!folder.isEmpty())
            extra.tags.append(folder);
        addTotp(builder, totp, extra);
    }
    return {};
}

void BitwardenItems::addTotp(ImportBuilder &builder, const QString &totp, const ImportFields &extra)
{
    const QString value = totp.trimmed();
    if (value.startsWith(u"otpauth://", Qt::CaseInsensitive)) {
        builder.addUri(value.toUtf8(), extra);
        return;
    }
    ImportFields fields = extra;
    QStringView secret = value;
    if (value.startsWith(u"steam://", Qt::CaseInsensitive)) {
        fields.type = OtpType::Steam;
        secret = secret.sliced(8);
    }
    auto bytes = SecretText::base32(secret);
    if (!bytes) {
        builder.reject(fields.issuer, fields.name, bytes.error());
        return;
    }
    fields.secret = std::move(*bytes);
    builder.add(fields);
}

} // namespace twofold
