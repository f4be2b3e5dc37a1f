// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Error.h"
#include "crypto/SecureBytes.h"
#include "otp/OtpParameters.h"

#include <QByteArrayView>
#include <QString>

namespace twofold {

// An account as an `otpauth://` Key URI describes it. parse() is the one validator every entry path
// uses (QR codes, pasted links, manual entry, imports, the CLI), so its rules are the product's rules:
// the rules of otpauth links as other authenticators write them.
class OtpAuthUri
{
public:
    static constexpr qsizetype maxLength = 4096;
    static constexpr qsizetype maxSecretBytes = 1024;
    static constexpr qsizetype recommendedSecretBytes = 10;

    // Parses the URI's UTF-8 bytes. Accepts totp, hotp and steam (also `encoder=steam`), issuer from
    // the `issuer` parameter or the label prefix (the parameter wins), case-insensitive algorithm names,
    // `+` as space in query values. A parameter repeated with a different value is an error. Unknown
    // parameters are ignored. Every failure is a specific ErrorCode; see Error.h.
    [[nodiscard]] static Expected<OtpAuthUri> parse(QByteArrayView uri);

    // Builds an account from separate fields (manual entry), applying the same rules as parse().
    [[nodiscard]] static Expected<OtpAuthUri> create(QString issuer, QString name, SecureBytes secret,
                                                     OtpParameters parameters);

    // The canonical URI: percent-encoded label `issuer:name`, base32 secret upper case without
    // padding, every parameter explicit. It contains the secret, hence secure memory.
    [[nodiscard]] SecureBytes toUri() const;

    const QString &issuer() const { return m_issuer; }
    const QString &name() const { return m_name; }
    const SecureBytes &secret() const { return m_secret; }
    const OtpParameters &parameters() const { return m_parameters; }
    const QString &imageUrl() const { return m_imageUrl; }
    // Shorter than RFC 4226's minimum of 128 bits is allowed (real services use 80 bits) but worth a warning.
    bool hasShortSecret() const { return m_secret.size() < recommendedSecretBytes; }

private:
    OtpAuthUri() = default;

    QString m_issuer;
    QString m_name;
    SecureBytes m_secret;
    OtpParameters m_parameters = OtpParameters::defaultTotp();
    QString m_imageUrl;
};

} // namespace twofold
