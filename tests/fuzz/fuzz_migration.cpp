// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: Google Authenticator transfer links (otpauth-migration://offline?data=…, a base64 protobuf).
// Raw bytes are tried both as the whole link and as the protobuf inside one, so mutations reach the
// protobuf reader directly. Every account accepted passes the otpauth validator again.
#include "FuzzSupport.h"
#include "uri/MigrationPayload.h"

#include <QUrl>

#include <cstdlib>

namespace {

void parse(QByteArrayView uri)
{
    const auto payload = twofold::MigrationPayload::parse(uri);
    if (!payload)
        return;
    if (payload->batchSize < 1 || payload->batchIndex < 0 || payload->batchIndex >= payload->batchSize)
        std::abort();
    for (const twofold::OtpAuthUri &account : payload->accounts) {
        const twofold::SecureBytes again = account.toUri();
        if (!twofold::OtpAuthUri::parse(QByteArrayView(again.constData(), again.size())))
            std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    twofoldFuzzInit();
    const QByteArrayView bytes(data, qsizetype(size));
    parse(bytes);
    const QByteArray uri = "otpauth-migration://offline?data=" +
                           QUrl::toPercentEncoding(QString::fromLatin1(bytes.toByteArray().toBase64()));
    parse(uri);
    return 0;
}
