// SPDX-License-Identifier: GPL-3.0-or-later
#include "JavaSerializedMap.h"

#include <QStringList>
#include <QtEndian>

#include <optional>

namespace twofold {

namespace {

// java.io.ObjectStreamConstants
constexpr quint8 tcNull = 0x70;
constexpr quint8 tcReference = 0x71;
constexpr quint8 tcClassDesc = 0x72;
constexpr quint8 tcObject = 0x73;
constexpr quint8 tcString = 0x74;
constexpr quint8 tcBlockData = 0x77;
constexpr quint8 tcEndBlockData = 0x78;
constexpr quint8 tcLongString = 0x7C;
constexpr quint32 baseHandle = 0x7E0000;
constexpr quint8 scWriteMethod = 0x01;
constexpr quint8 scSerializable = 0x02;

constexpr char header[] = "\xAC\xED\x00\x05\x73\x72\x00\x11java.util.HashMap";
constexpr qsizetype headerSize = sizeof(header) - 1;

// Java's "modified UTF-8": NUL as C0 80 and characters outside the BMP as two 3-byte surrogates,
// so each sequence maps to exactly one UTF-16 unit.
std::optional<QString> modifiedUtf8(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size();) {
        const quint8 a = quint8(bytes[i]);
        if (a < 0x80 && a != 0) {
            out.append(QChar(char16_t(a)));
            i += 1;
        } else if ((a & 0xE0) == 0xC0 && i + 1 < bytes.size() && (quint8(bytes[i + 1]) & 0xC0) == 0x80) {
            out.append(QChar(char16_t(((a & 0x1F) << 6) | (quint8(bytes[i + 1]) & 0x3F))));
            i += 2;
        } else if ((a & 0xF0) == 0xE0 && i + 2 < bytes.size() && (quint8(bytes[i + 1]) & 0xC0) == 0x80 &&
                   (quint8(bytes[i + 2]) & 0xC0) == 0x80) {
            out.append(QChar(char16_t(((a & 0x0F) << 12) | ((quint8(bytes[i + 1]) & 0x3F) << 6) |
                                      (quint8(bytes[i + 2]) & 0x3F))));
            i += 3;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

class Stream
{
public:
    explicit Stream(QByteArrayView data)
        : m_data(data)
    {}

    bool ok() const { return m_ok; }
    qsizetype left() const { return m_data.size() - m_pos; }

    QByteArrayView take(quint64 n)
    {
        if (!m_ok || n > quint64(left())) {
            m_ok = false;
            return {};
        }
        const QByteArrayView out = m_data.sliced(m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return out;
    }
    quint8 u8()
    {
        const QByteArrayView b = take(1);
        return m_ok ? quint8(b[0]) : 0;
    }
    quint16 u16()
    {
        const QByteArrayView b = take(2);
        return m_ok ? qFromBigEndian<quint16>(b.data()) : 0;
    }
    quint32 u32()
    {
        const QByteArrayView b = take(4);
        return m_ok ? qFromBigEndian<quint32>(b.data()) : 0;
    }
    quint64 u64()
    {
        const QByteArrayView b = take(8);
        return m_ok ? qFromBigEndian<quint64>(b.data()) : 0;
    }
    std::optional<QString> utf(quint64 length)
    {
        const QByteArrayView b = take(length);
        if (!m_ok)
            return std::nullopt;
        auto text = modifiedUtf8(b);
        if (!text)
            m_ok = false;
        return text;
    }
    void fail() { m_ok = false; }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

// Size of a primitive field's value by its type code; 0 for object fields, which a HashMap has none of.
int primitiveSize(char code)
{
    switch (code) {
    case 'B':
    case 'Z':
        return 1;
    case 'C':
    case 'S':
        return 2;
    case 'I':
    case 'F':
        return 4;
    case 'J':
    case 'D':
        return 8;
    default:
        return 0;
    }
}

} // namespace

bool JavaSerializedMap::looksLike(QByteArrayView data)
{
    return data.startsWith(QByteArrayView(header, headerSize));
}

Expected<JavaSerializedMap::Entries> JavaSerializedMap::read(QByteArrayView data, const QString &formatId,
                                                             int maxEntries)
{
    const auto damaged = [&] {
        return failImport(ErrorCode::ImportDamaged, formatId, QStringLiteral("serialization"));
    };
    if (!looksLike(data))
        return damaged();
    Stream in(data);
    in.take(headerSize);
    in.u64(); // serialVersionUID
    const quint8 flags = in.u8();
    const quint16 fieldCount = in.u16();
    if (!in.ok() || (flags & scSerializable) == 0 || fieldCount > 16)
        return damaged();
    int valueBytes = 0;
    for (quint16 i = 0; i < fieldCount; ++i) {
        const int size = primitiveSize(char(in.u8()));
        in.utf(in.u16()); // field name
        if (size == 0)
            return damaged();
        valueBytes += size;
    }
    if (in.u8() != tcEndBlockData || in.u8() != tcNull) // no class annotations, no serializable superclass
        return damaged();
    in.take(quint64(valueBytes)); // loadFactor, threshold: irrelevant to the contents
    // Handles: the class descriptor and the map object come first, then every string in order.
    QStringList strings;
    quint32 size = 0;
    if (flags & scWriteMethod) {
        if (in.u8() != tcBlockData)
            return damaged();
        const quint8 blockSize = in.u8();
        if (blockSize < 8)
            return damaged();
        in.u32(); // capacity
        size = in.u32();
        in.take(blockSize - 8);
    }
    if (!in.ok())
        return damaged();
    if (size > quint32(maxEntries))
        return fail(ErrorCode::ImportTooLarge, ErrorReason::TooManyEntries);

    const auto string = [&]() -> std::optional<QString> {
        const quint8 tag = in.u8();
        switch (tag) {
        case tcString:
        case tcLongString: {
            // Each string costs at least its length in input bytes, so the length bounds the work.
            auto text = in.utf(tag == tcString ? in.u16() : in.u64());
            if (!text)
                return std::nullopt;
            strings.append(*text);
            return text;
        }
        case tcNull:
            return QString();
        case tcReference: {
            const quint32 handle = in.u32();
            const quint32 index = handle - baseHandle - 2;
            if (handle < baseHandle + 2 || index >= quint32(strings.size())) {
                in.fail();
                return std::nullopt;
            }
            return strings.at(qsizetype(index));
        }
        default:
            in.fail();
            return std::nullopt;
        }
    };

    Entries entries;
    for (quint32 i = 0; i < size; ++i) {
        auto key = string();
        auto value = string();
        if (!in.ok() || !key || !value)
            return damaged();
        entries.append({*key, *value});
    }
    if ((flags & scWriteMethod) && in.u8() != tcEndBlockData)
        return damaged();
    if (!in.ok())
        return damaged();
    return entries;
}

} // namespace twofold
