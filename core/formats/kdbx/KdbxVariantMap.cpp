// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxVariantMap.h"

#include "formats/kdbx/KdbxBytes.h"

namespace twofold {

std::optional<KdbxVariantMap> KdbxVariantMap::parse(QByteArrayView data)
{
    KdbxBytes bytes(data);
    const auto version = bytes.number<quint16>();
    if (!version || (*version >> 8) != 1)
        return std::nullopt;
    KdbxVariantMap map;
    for (;;) {
        const auto type = bytes.number<quint8>();
        if (!type)
            return std::nullopt;
        if (*type == 0)
            return map;
        const auto nameSize = bytes.number<qint32>();
        const auto name = nameSize ? bytes.take(*nameSize) : std::nullopt;
        const auto valueSize = name ? bytes.number<qint32>() : std::nullopt;
        const auto value = valueSize ? bytes.take(*valueSize) : std::nullopt;
        if (!value || map.m_items.contains(name->toByteArray()))
            return std::nullopt;
        map.insert(name->toByteArray(), *value, Type(*type));
    }
}

void KdbxVariantMap::insert(const QByteArray &name, QByteArrayView value, Type type)
{
    m_items.insert(name, {type, value.toByteArray()});
}

std::optional<QByteArray> KdbxVariantMap::value(const QByteArray &name, Type type) const
{
    const auto found = m_items.constFind(name);
    if (found == m_items.cend() || found->first != type)
        return std::nullopt;
    return found->second;
}

std::optional<QByteArray> KdbxVariantMap::bytes(const QByteArray &name) const
{
    return value(name, Bytes);
}

std::optional<quint64> KdbxVariantMap::uint64(const QByteArray &name) const
{
    const auto raw = value(name, UInt64);
    if (!raw || raw->size() != 8)
        return std::nullopt;
    return KdbxBytes(*raw).number<quint64>();
}

std::optional<quint32> KdbxVariantMap::uint32(const QByteArray &name) const
{
    const auto raw = value(name, UInt32);
    if (!raw || raw->size() != 4)
        return std::nullopt;
    return KdbxBytes(*raw).number<quint32>();
}

} // namespace twofold
