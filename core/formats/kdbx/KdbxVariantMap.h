// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

namespace twofold {

// KDBX 4's "variant dictionary" (the KDF parameters): typed values by name. Only the types it is read for.
class KdbxVariantMap
{
public:
    enum Type : quint8
    {
        UInt32 = 0x04,
        UInt64 = 0x05,
        Bool = 0x08,
        Int32 = 0x0C,
        Int64 = 0x0D,
        String = 0x18,
        Bytes = 0x42,
    };

    // nullopt when the data is cut, a length runs past the end, a name repeats or the version is not 1.x.
    static std::optional<KdbxVariantMap> parse(QByteArrayView data);

    void insert(const QByteArray &name, QByteArrayView value, Type type = Bytes);
    bool isEmpty() const { return m_items.isEmpty(); }

    // nullopt when the name is missing or holds another type.
    std::optional<QByteArray> bytes(const QByteArray &name) const;
    std::optional<quint64> uint64(const QByteArray &name) const;
    std::optional<quint32> uint32(const QByteArray &name) const;

private:
    std::optional<QByteArray> value(const QByteArray &name, Type type) const;

    QHash<QByteArray, std::pair<Type, QByteArray>> m_items;
};

} // namespace twofold
