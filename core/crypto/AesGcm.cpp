#include "crypto/AesGcm.h"

#include "crypto/AesCipherName.h"

#include <QtEndian>

#include <array>

namespace twofold {

namespace {

using Block = std::array<quint64, 2>; // big-endian halves: [0] holds bytes 0–7

Block load(const char *bytes)
{
    return {qFromBigEndian<quint64>(bytes), qFromBigEndian<quint64>(bytes + 8)};
}

// X·Y in GF(2^128) with GCM's bit order (SP 800-38D algorithm 1), masks instead of branches.
Block multiply(const Block &x, const Block &y)
{
    Block z{0, 0};
    Block v = y;
    for (int i = 0; i < 128; ++i) {
        const quint64 bit = (x[i / 64] >> (63 - i % 64)) & 1;
        z[0] ^= v[0] & (0 - bit);
        z[1] ^= v[1] & (0 - bit);
        const quint64 lsb = v[1] & 1;
        v[1] = (v[1] >> 1) | (v[0] << 63);
        v[0] = (v[0] >> 1) ^ (0xE100000000000000ull & (0 - lsb));
    }
    return z;
}

void absorb(Block &y, const Block &h, QByteArrayView data)
{
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        char block[16] = {};
        const qsizetype n = qMin<qsizetype>(16, data.size() - offset);
        memcpy(block, data.data() + offset, size_t(n));
        const Block b = load(block);
        y = multiply({y[0] ^ b[0], y[1] ^ b[1]}, h);
    }
}

} // namespace

Expected<SecureBytes> AesGcm::open(const SecureBytes &key, QByteArrayView nonce, QByteArrayView sealed,
                                   QByteArrayView associatedData)
{
    const QString name = aesCipherName(key.size());
    if (name.isEmpty() || nonce.size() != nonceSize)
        return fail(ErrorCode::InvalidKey);
    if (!QCA::isSupported(qPrintable(name + QStringLiteral("-ecb"))))
        return fail(ErrorCode::CryptoProviderMissing, name + QStringLiteral("-ecb"));
    if (sealed.size() < tagSize)
        return fail(ErrorCode::AuthenticationFailed);
    const QByteArrayView body = sealed.first(sealed.size() - tagSize);
    const qsizetype blocks = (body.size() + 15) / 16;

    // One ECB pass over [0^128, J0, inc32(J0), …]: H, the tag mask E(K, J0) and the CTR keystream.
    // 12-byte nonce: J0 = nonce || 00000001; the 32-bit counter cannot wrap below 64 GiB.
    QByteArray counters(16 * (2 + blocks), '\0');
    for (qsizetype i = 0; i <= blocks; ++i) {
        char *block = counters.data() + 16 * (i + 1);
        memcpy(block, nonce.data(), nonceSize);
        qToBigEndian<quint32>(quint32(i + 1), block + nonceSize);
    }
    QCA::Cipher ecb(name, QCA::Cipher::ECB, QCA::Cipher::NoPadding, QCA::Encode, QCA::SymmetricKey(key));
    SecureBytes stream = ecb.update(QCA::MemoryRegion(counters));
    stream.append(ecb.final());
    if (!ecb.ok() || stream.size() != counters.size())
        return fail(ErrorCode::CryptoProviderMissing, name + QStringLiteral("-ecb"));

    const Block h = load(stream.constData());
    Block y{0, 0};
    absorb(y, h, associatedData);
    absorb(y, h, body);
    y = multiply({y[0] ^ (quint64(associatedData.size()) * 8), y[1] ^ (quint64(body.size()) * 8)}, h);
    const Block mask = load(stream.constData() + 16);
    const Block expected{y[0] ^ mask[0], y[1] ^ mask[1]};
    const Block given = load(sealed.data() + body.size());
    if (((expected[0] ^ given[0]) | (expected[1] ^ given[1])) != 0)
        return fail(ErrorCode::AuthenticationFailed);

    SecureBytes out(int(body.size()));
    const char *keystream = stream.constData() + 32;
    for (qsizetype i = 0; i < body.size(); ++i)
        out[int(i)] = char(body[i] ^ keystream[i]);
    return out;
}

} // namespace twofold
