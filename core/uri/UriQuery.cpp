// SPDX-License-Identifier: GPL-3.0-or-later
#include "uri/UriQuery.h"

namespace twofold {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Percent-decodes into QByteArray or, for the secret, SecureBytes. `part` names the URI part for errors.
template<typename Bytes>
Expected<Bytes> percentDecode(QByteArrayView in, bool plusIsSpace, const QString &part)
{
    Bytes out(static_cast<int>(in.size()), '\0');
    qsizetype written = 0;
    for (qsizetype i = 0; i < in.size(); ++i) {
        char c = in[i];
        if (c == '%') {
            const int high = i + 2 < in.size() ? hexValue(in[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(in[i + 2]) : -1;
            if (low < 0)
                return fail(ErrorCode::UriBadPercentEncoding, part);
            c = static_cast<char>(high << 4 | low);
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            c = ' ';
        }
        out[written++] = c;
    }
    out.resize(static_cast<int>(written));
    return out;
}

} // namespace

Expected<UriQuery> UriQuery::parse(QByteArrayView query)
{
    UriQuery result;
    while (!query.isEmpty()) {
        const qsizetype amp = query.indexOf('&');
        const QByteArrayView pair = amp < 0 ? query : query.first(amp);
        query = amp < 0 ? QByteArrayView() : query.sliced(amp + 1);
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        if (eq <= 0)
            return fail(ErrorCode::UriBadQuery, excerpt(pair.first(qMin<qsizetype>(pair.size(), 32))));
        const auto key = decode(pair.first(eq), false, QStringLiteral("query"));
        if (!key)
            return std::unexpected(key.error());
        const QByteArray name = key->toLower();
        const QByteArrayView rawValue = pair.sliced(eq + 1);
        const auto existing = result.m_values.constFind(name);
        if (existing != result.m_values.cend()) {
            // Same meaning twice is harmless; two different values must not silently pick one.
            const auto a = decodeSecret(*existing, true, QString::fromUtf8(name));
            const auto b = decodeSecret(rawValue, true, QString::fromUtf8(name));
            if (!a || !b || *a != *b)
                return fail(ErrorCode::UriConflictingParameter, QString::fromUtf8(name));
            continue;
        }
        result.m_values.insert(name, rawValue);
    }
    return result;
}

std::optional<QByteArrayView> UriQuery::value(const char *name) const
{
    const auto it = m_values.constFind(QByteArray(name));
    return it == m_values.cend() ? std::nullopt : std::optional(*it);
}

Expected<QByteArray> UriQuery::decode(QByteArrayView in, bool plusIsSpace, const QString &part)
{
    return percentDecode<QByteArray>(in, plusIsSpace, part);
}

Expected<SecureBytes> UriQuery::decodeSecret(QByteArrayView in, bool plusIsSpace, const QString &part)
{
    return percentDecode<SecureBytes>(in, plusIsSpace, part);
}

QString UriQuery::excerpt(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.left(64));
}

} // namespace twofold
