// SPDX-License-Identifier: GPL-3.0-or-later
#include "encoding/Base32.h"

#include <QString>

namespace twofold {

namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

int valueOf(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a';
    if (c >= '2' && c <= '7')
        return c - '2' + 26;
    return -1;
}

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '-';
}

QString describe(char c)
{
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x21 && byte < 0x7f)
        return QString(QLatin1Char(c));
    return QStringLiteral("0x%1").arg(byte, 2, 16, QLatin1Char('0'));
}
} // namespace

Expected<SecureBytes> Base32::decode(QByteArrayView text)
{
    qsizetype end = text.size();
    while (end > 0 && (text[end - 1] == '=' || isSeparator(text[end - 1])))
        --end;

    SecureBytes out(end * 5 / 8 + 1);
    qsizetype written = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        if (isSeparator(c))
            continue;
        const int value = valueOf(c);
        if (value < 0)
            return fail(ErrorCode::Base32InvalidCharacter, describe(c));
        buffer = (buffer << 5) | static_cast<quint32>(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out[written++] = static_cast<char>((buffer >> bits) & 0xff);
        }
    }
    if (written == 0)
        return fail(ErrorCode::Base32Empty);
    out.resize(written);
    return out;
}

SecureBytes Base32::encode(const SecureBytes &bytes)
{
    SecureBytes out((bytes.size() * 8 + 4) / 5);
    qsizetype written = 0;
    quint32 buffer = 0;
    int bits = 0;
    for (int i = 0; i < bytes.size(); ++i) {
        buffer = (buffer << 8) | static_cast<unsigned char>(bytes[i]);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out[written++] = alphabet[(buffer >> bits) & 0x1f];
        }
    }
    if (bits > 0)
        out[written++] = alphabet[(buffer << (5 - bits)) & 0x1f];
    return out;
}

} // namespace twofold
