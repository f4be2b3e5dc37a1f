// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteDatabase.h"

#include "formats/ImportLimits.h"

#include <QScopeGuard>
#include <QStringList>
#include <QtEndian>

#include <sqlite3.h>

namespace twofold {

namespace {

// Enough virtual-machine steps to read tens of thousands of wide rows (about 30 per column); a crafted
// file cannot keep a query running for long.
constexpr int progressInterval = 1000;
constexpr int maxProgressCalls = 20'000; // 2·10^7 steps

struct Statement
{
    sqlite3_stmt *handle = nullptr;
    ~Statement() { sqlite3_finalize(handle); }
};

int stopRunaway(void *calls)
{
    return ++*static_cast<int *>(calls) > maxProgressCalls ? 1 : 0;
}

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace

void SqliteDatabase::Closer::operator()(sqlite3 *db) const
{
    sqlite3_close_v2(db);
}

SqliteDatabase::SqliteDatabase(QByteArray data, QString formatId, sqlite3 *db)
    : m_data(std::move(data))
    , m_formatId(std::move(formatId))
    , m_db(db)
{}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&) noexcept = default;
SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&) noexcept = default;
SqliteDatabase::~SqliteDatabase() = default;

Expected<SqliteDatabase> SqliteDatabase::open(const QByteArray &data, const QString &formatId)
{
    const auto damaged = [&] {
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("database"));
    };
    if (!looksLike(data))
        return damaged();
    sqlite3 *raw = nullptr;
    // An empty in-memory connection: the file's bytes are attached to it below, never written to disk.
    if (sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) != SQLITE_OK) {
        sqlite3_close_v2(raw);
        return damaged();
    }
    std::unique_ptr<sqlite3, Closer> db(raw);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(raw, SQLITE_LIMIT_LENGTH, 1 << 20);
    sqlite3_limit(raw, SQLITE_LIMIT_SQL_LENGTH, 1 << 16);
    sqlite3_limit(raw, SQLITE_LIMIT_ATTACHED, 0);
    // A WAL-mode file (format bytes 18–19 = 2) cannot be read from memory, as SQLite then looks for its
    // -wal/-shm companions; marked as a rollback-journal file it reads as far as it was checkpointed,
    // which is all a copied file holds anyway.
    QByteArray file = data;
    if (file.size() > 19 && file.at(18) == 2 && file.at(19) == 2) {
        file[18] = 1;
        file[19] = 1;
    }
    // A file cut short of the size its header vouches for is zero-filled to that size (within the import
    // cap), so the schema on the first page still reads and the format is recognised; the missing pages
    // then fail as corrupt, reported as damage.
    if (file.size() >= 100 && file.sliced(24, 4) == file.sliced(92, 4)) {
        const quint32 pageSize = qFromBigEndian<quint16>(file.constData() + 16) == 1
                                     ? 65536
                                     : qFromBigEndian<quint16>(file.constData() + 16);
        const quint64 declared = quint64(pageSize) * qFromBigEndian<quint32>(file.constData() + 28);
        if (declared > quint64(file.size()) && declared <= quint64(ImportLimits::maxFileBytes))
            file.append(QByteArray(qsizetype(declared) - file.size(), '\0'));
    }
    // READONLY: SQLite never writes to the buffer, which stays ours (no FREEONCLOSE).
    auto *bytes = reinterpret_cast<unsigned char *>(const_cast<char *>(file.constData()));
    if (sqlite3_deserialize(raw, "main", bytes, file.size(), file.size(), SQLITE_DESERIALIZE_READONLY) !=
        SQLITE_OK)
        return damaged();
    if (sqlite3_exec(raw, "PRAGMA temp_store = MEMORY; PRAGMA cell_size_check = ON;", nullptr, nullptr,
                     nullptr) != SQLITE_OK)
        return damaged();
    SqliteDatabase database(file, formatId, db.release());
    // Reading the schema is the first thing that touches the file: a bad header fails here.
    if (sqlite3_exec(database.m_db.get(), "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return damaged();
    return database;
}

bool SqliteDatabase::holdsTable(const QByteArray &data, const QString &table, const QStringList &columns)
{
    if (!looksLike(data))
        return false;
    const auto db = open(data, QString()); // the error's text is never shown
    return db && db->hasColumns(table, columns);
}

Expected<QList<QJsonObject>> SqliteDatabase::readTable(const QByteArray &data, const QString &formatId,
                                                       const QString &table, int maxRows)
{
    const auto db = open(data, formatId);
    if (!db)
        return std::unexpected(db.error());
    return db->rows(table, maxRows);
}

bool SqliteDatabase::hasColumns(const QString &table, const QStringList &columns) const
{
    Statement statement;
    const QByteArray sql = "SELECT name FROM pragma_table_info(?1)";
    if (sqlite3_prepare_v2(m_db.get(), sql.constData(), int(sql.size()), &statement.handle, nullptr) !=
        SQLITE_OK)
        return false;
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(statement.handle, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    QStringList found;
    for (int i = 0; i < 1000 && sqlite3_step(statement.handle) == SQLITE_ROW; ++i)
        found.append(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement.handle, 0))));
    for (const QString &column : columns) {
        if (!found.contains(column, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

Expected<QList<QJsonObject>> SqliteDatabase::rows(const QString &table, int maxRows) const
{
    const auto damaged = [&] {
        return failImport(ErrorCode::ImportDamaged, m_formatId, QStringLiteral("database"));
    };
    int progressCalls = 0;
    sqlite3_progress_handler(m_db.get(), progressInterval, &stopRunaway, &progressCalls);
    const auto resetProgress =
        qScopeGuard([this] { sqlite3_progress_handler(m_db.get(), 0, nullptr, nullptr); });

    Statement statement;
    const QByteArray sql = (QStringLiteral("SELECT * FROM ") + quoted(table)).toUtf8();
    if (sqlite3_prepare_v2(m_db.get(), sql.constData(), int(sql.size()), &statement.handle, nullptr) !=
        SQLITE_OK)
        return damaged();
    QList<QJsonObject> out;
    const int columns = sqlite3_column_count(statement.handle);
    int status = SQLITE_ROW;
    while ((status = sqlite3_step(statement.handle)) == SQLITE_ROW) {
        if (out.size() >= maxRows)
            return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);
        QJsonObject row;
        for (int i = 0; i < columns; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(statement.handle, i)).toLower();
            switch (sqlite3_column_type(statement.handle, i)) {
            case SQLITE_INTEGER:
                row.insert(name, qint64(sqlite3_column_int64(statement.handle, i)));
                break;
            case SQLITE_FLOAT:
                row.insert(name, sqlite3_column_double(statement.handle, i));
                break;
            case SQLITE_TEXT:
                row.insert(name, QString::fromUtf8(
                                     reinterpret_cast<const char *>(sqlite3_column_text(statement.handle, i)),
                                     sqlite3_column_bytes(statement.handle, i)));
                break;
            default:
                break; // NULL and blobs (icons) are not needed
            }
        }
        out.append(row);
    }
    if (status != SQLITE_DONE)
        return damaged();
    return out;
}

} // namespace twofold
