// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpGenerator.h"

#include "crypto/Hmac.h"

#include <QtEndian>

#include <array>
#include <limits>

namespace twofold {

namespace {
constexpr char steamAlphabet[] = "23456789BCDFGHJKMNPQRTVWXY";

// RFC 4226 section 5.3 dynamic truncation: a 31-bit value taken at an offset chosen by the last byte.
Expected<quint32> truncatedHmac(const SecureBytes &secret, HashAlgorithm algorithm, quint64 counter)
{
    if (secret.isEmpty())
        return fail(ErrorCode::SecretEmpty);
    std::array<char, 8> message{};
    qToBigEndian(counter, message.data());
    const auto mac = Hmac::compute(algorithm, secret, QByteArrayView(message.data(), message.size()));
    if (!mac)
        return std::unexpected(mac.error());
    const auto byte = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(mac->at(i))); };
    const int offset = static_cast<int>(byte(mac->size() - 1) & 0x0f);
    return (byte(offset) & 0x7f) << 24 | byte(offset + 1) << 16 | byte(offset + 2) << 8 | byte(offset + 3);
}

QString decimal(quint32 value, int digits)
{
    quint64 modulus = 1;
    for (int i = 0; i < digits; ++i)
        modulus *= 10;
    return QStringLiteral("%1").arg(static_cast<quint64>(value) % modulus, digits, 10, QLatin1Char('0'));
}

QString steam(quint32 value)
{
    QString out;
    out.reserve(OtpParameters::steamDigits);
    for (int i = 0; i < OtpParameters::steamDigits; ++i) {
        out += QLatin1Char(steamAlphabet[value % 26]);
        value /= 26;
    }
    return out;
}
} // namespace

Expected<QString> OtpGenerator::hotp(const SecureBytes &secret, HashAlgorithm algorithm, quint64 counter,
                                     int digits)
{
    return truncatedHmac(secret, algorithm, counter).transform([digits](quint32 v) {
        return decimal(v, digits);
    });
}

Expected<QString> OtpGenerator::code(const SecureBytes &secret, const OtpParameters &parameters,
                                     qint64 unixTime, Step step)
{
    quint64 counter = 0;
    if (parameters.isTimeBased()) {
        if (unixTime < 0)
            return fail(ErrorCode::TimeOutOfRange, QString::number(unixTime));
        counter = timeStep(parameters, unixTime);
    } else {
        counter = parameters.counter();
    }
    if (step == Step::Next) {
        if (counter == std::numeric_limits<quint64>::max())
            return fail(ErrorCode::CounterOutOfRange);
        ++counter;
    }

    if (parameters.type() == OtpType::Steam)
        return truncatedHmac(secret, HashAlgorithm::Sha1, counter).transform(steam);
    return hotp(secret, parameters.algorithm(), counter, parameters.digits());
}

int OtpGenerator::secondsRemaining(const OtpParameters &parameters, qint64 unixTime)
{
    if (!parameters.isTimeBased() || unixTime < 0)
        return 0;
    return parameters.period() - static_cast<int>(unixTime % parameters.period());
}

quint64 OtpGenerator::timeStep(const OtpParameters &parameters, qint64 unixTime)
{
    return unixTime < 0 ? 0 : static_cast<quint64>(unixTime) / static_cast<quint64>(parameters.period());
}

} // namespace twofold
