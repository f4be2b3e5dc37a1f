// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <memory>

struct sqlite3;

namespace twofold {

// A SQLite database file from another app (a rooted phone's internal data), opened read-only straight
// from memory: no temporary file, no journal, no writes. The file is untrusted, so the connection is
// hardened as SQLite's "defense against dark arts" advises: defensive mode, no triggers or views, no
// untrusted schema functions, a cap on the work a query may do and on the rows read.
class SqliteDatabase
{
public:
    static constexpr QByteArrayView magic = QByteArrayView("SQLite format 3\0", 16);

    [[nodiscard]] static bool looksLike(QByteArrayView data) { return data.startsWith(magic); }

    // Errors: ImportDamaged (detail "database") when SQLite cannot open or read the bytes.
    [[nodiscard]] static Expected<SqliteDatabase> open(const QByteArray &data, const QString &formatId);

    // Whether the bytes are a database that opens and has `table` with (at least) these columns: how the
    // database importers recognise their app's file.
    [[nodiscard]] static bool holdsTable(const QByteArray &data, const QString &table,
                                         const QStringList &columns);
    // open() then rows(): the errors of both.
    [[nodiscard]] static Expected<QList<QJsonObject>>
    readTable(const QByteArray &data, const QString &formatId, const QString &table, int maxRows);

    SqliteDatabase(SqliteDatabase &&) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&) noexcept;
    ~SqliteDatabase();

    // Whether `table` exists with (at least) these columns.
    [[nodiscard]] bool hasColumns(const QString &table, const QStringList &columns) const;

    // Every row of `table` (integers, reals and text; blobs and NULLs are left out), at most
    // `maxRows`: one more gives ImportTooLarge (TooManyEntries). ImportDamaged when the data is corrupt.
    [[nodiscard]] Expected<QList<QJsonObject>> rows(const QString &table, int maxRows) const;

private:
    struct Closer
    {
        void operator()(sqlite3 *db) const;
    };

    SqliteDatabase(QByteArray data, QString formatId, sqlite3 *db);

    QByteArray m_data; // SQLite reads the file in place: it must outlive the connection
    QString m_formatId;
    std::unique_ptr<sqlite3, Closer> m_db;
};

} // namespace twofold
