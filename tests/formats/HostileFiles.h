// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtEndian>

#include <sqlite3.h>

namespace twofold::importtest {

// A java.util.HashMap<String,String> as ObjectOutputStream writes it (the class descriptor of Android's
// HashMap, then `size` and the given records).
inline QByteArray javaMap(quint32 size, const QByteArray &records)
{
    QByteArray out("\xAC\xED\x00\x05\x73\x72\x00\x11java.util.HashMap", 25);
    out += QByteArray::fromHex("0507dac1c31660d1"); // serialVersionUID
    out += QByteArray::fromHex("030001");           // flags, one field
    out += QByteArray("F\x00\x0aloadFactor", 13);
    out += QByteArray::fromHex("7870");     // end of annotations, no superclass
    out += QByteArray::fromHex("3f400000"); // loadFactor 0.75
    out += QByteArray::fromHex("7708");     // block data: capacity, size
    out += QByteArray::fromHex("00000010");
    char sizeBytes[4];
    qToBigEndian(size, sizeBytes);
    out += QByteArray(sizeBytes, 4);
    out += records;
    return out;
}

inline QByteArray javaString(const QByteArray &utf8)
{
    char length[2];
    qToBigEndian(quint16(utf8.size()), length);
    return QByteArray("\x74", 1) + QByteArray(length, 2) + utf8;
}

inline QByteArray littleEndian(quint32 value, int bytes)
{
    QByteArray out(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        out[i] = char((value >> (8 * i)) & 0xFF);
    return out;
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

// A one-entry, unencrypted ZIP with a deflated entry whose header claims `declaredSize` bytes.
inline QByteArray zipWith(const QByteArray &name, const QByteArray &content, quint32 declaredSize)
{
    const quint32 crc = crc32(content);
    const QByteArray zlib = qCompress(content, 9);
    const QByteArray deflated = zlib.mid(4 + 2, zlib.size() - 4 - 2 - 4); // raw deflate: no zlib framing
    const auto fields = [&] {
        return littleEndian(8, 2) + littleEndian(0, 4) + littleEndian(crc, 4) +
               littleEndian(quint32(deflated.size()), 4) + littleEndian(declaredSize, 4) +
               littleEndian(quint32(name.size()), 2) + littleEndian(0, 2);
    };
    QByteArray zip = "PK\x03\x04" + littleEndian(20, 2) + littleEndian(0, 2) + fields() + name + deflated;
    const quint32 directoryOffset = quint32(zip.size());
    zip += "PK\x01\x02" + littleEndian(20, 2) + littleEndian(20, 2) + littleEndian(0, 2) + fields() +
           littleEndian(0, 2) + littleEndian(0, 2) + littleEndian(0, 2) + littleEndian(0, 4) +
           littleEndian(0, 4) + name;
    const quint32 directorySize = quint32(zip.size()) - directoryOffset;
    zip += "PK\x05\x06" + littleEndian(0, 2) + littleEndian(0, 2) + littleEndian(1, 2) + littleEndian(1, 2) +
           littleEndian(directorySize, 4) + littleEndian(directoryOffset, 4) + littleEndian(0, 2);
    return zip;
}

// A SQLite file built in memory by running `sql`, as the bytes an app's database would have.
inline QByteArray sqliteFile(const char *sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK ||
        sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    sqlite3_int64 size = 0;
    unsigned char *bytes = sqlite3_serialize(db, "main", &size, 0);
    const QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
    sqlite3_free(bytes);
    sqlite3_close(db);
    return out;
}

} // namespace twofold::importtest
