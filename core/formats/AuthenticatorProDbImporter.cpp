// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthenticatorProDbImporter.h"

#include "formats/AuthenticatorProImporter.h"
#include "formats/ImportLimits.h"
#include "formats/SqliteDatabase.h"

namespace twofold {

namespace {
const QString formatId = QStringLiteral("authenticator-pro-db");
const QString table = QStringLiteral("authenticator");
const QStringList columns = {QStringLiteral("type"),      QStringLiteral("issuer"),
                             QStringLiteral("username"),  QStringLiteral("secret"),
                             QStringLiteral("algorithm"), QStringLiteral("digits"),
                             QStringLiteral("period"),    QStringLiteral("counter")};
const QStringList categoryColumns = {QStringLiteral("id"), QStringLiteral("name")};
const QStringList bindingColumns = {QStringLiteral("categoryid"), QStringLiteral("authenticatorsecret")};
} // namespace

std::optional<ImportFormat::Protection> AuthenticatorProDbImporter::detect(const ImportInput &input)
{
    if (!SqliteDatabase::holdsTable(input.bytes(), table, columns))
        return std::nullopt;
    return ImportFormat::Protection::None;
}

Expected<ImportResult> AuthenticatorProDbImporter::read(const ImportInput &input, const SecureBytes &)
{
    const auto db = SqliteDatabase::open(input.bytes(), formatId);
    if (!db)
        return std::unexpected(db.error());
    const auto rows = db->rows(table, ImportLimits::maxEntries);
    if (!rows)
        return std::unexpected(rows.error());

    // Tags are optional extras: a database without the category tables still imports.
    QHash<QString, QStringList> tags;
    if (db->hasColumns(QStringLiteral("category"), categoryColumns) &&
        db->hasColumns(QStringLiteral("authenticatorcategory"), bindingColumns)) {
        const auto categories = db->rows(QStringLiteral("category"), ImportLimits::maxEntries);
        const auto bindings = db->rows(QStringLiteral("authenticatorcategory"), 4 * ImportLimits::maxEntries);
        if (!categories)
            return std::unexpected(categories.error());
        if (!bindings)
            return std::unexpected(bindings.error());
        QHash<QString, QString> names;
        for (const QJsonObject &category : *categories)
            names.insert(category.value(u"id").toString(), category.value(u"name").toString());
        for (const QJsonObject &binding : *bindings) {
            const QString name = names.value(binding.value(u"categoryid").toString());
            QStringList &list = tags[binding.value(u"authenticatorsecret").toString()];
            if (!name.isEmpty() && !list.contains(name))
                list.append(name);
        }
    }

    ImportBuilder builder(formatId);
    for (const QJsonObject &row : *rows) {
        // The columns are the backup JSON's keys in lower case.
        const QJsonObject authenticator{
            {QStringLiteral("Type"), row.value(u"type")},
            {QStringLiteral("Issuer"), row.value(u"issuer")},
            {QStringLiteral("Username"), row.value(u"username")},
            {QStringLiteral("Secret"), row.value(u"secret")},
            {QStringLiteral("Algorithm"), row.value(u"algorithm")},
            {QStringLiteral("Digits"), row.value(u"digits")},
            {QStringLiteral("Period"), row.value(u"period")},
            {QStringLiteral("Counter"), row.value(u"counter")},
        };
        AuthenticatorProImporter::add(builder, authenticator, tags.value(row.value(u"secret").toString()));
    }
    return builder.finish();
}

} // namespace twofold
