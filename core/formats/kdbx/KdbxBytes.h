// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QtEndian>

#include <optional>

namespace twofold {

// A cursor over little-endian binary data that never reads past the end: each read is nullopt when the
// bytes run out.
class KdbxBytes
{
public:
    explicit KdbxBytes(QByteArrayView data)
        : m_data(data)
    {}

    qsizetype position() const { return m_position; }
    qsizetype remaining() const { return m_data.size() - m_position; }
    bool atEnd() const { return remaining() == 0; }

    std::optional<QByteArrayView> take(qsizetype size)
    {
        if (size < 0 || size > remaining())
            return std::nullopt;
        const QByteArrayView out = m_data.sliced(m_position, size);
        m_position += size;
        return out;
    }

    template<typename T> std::optional<T> number()
    {
        const auto bytes = take(sizeof(T));
        if (!bytes)
            return std::nullopt;
        return qFromLittleEndian<T>(bytes->data());
    }

private:
    QByteArrayView m_data;
    qsizetype m_position = 0;
};

} // namespace twofold
