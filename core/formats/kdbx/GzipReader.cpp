// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/GzipReader.h"

#include <cstring>
#include <zlib.h>

namespace twofold {

std::expected<SecureBytes, GzipReader::Failure> GzipReader::inflate(QByteArrayView data, qsizetype maxBytes)
{
    z_stream stream{};
    // 16 + MAX_WBITS: a gzip header and trailer, not a raw zlib stream.
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        return std::unexpected(Failure::Damaged);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    SecureBytes out;
    SecureBytes chunk(64 * 1024);
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = ::inflate(&stream, Z_NO_FLUSH);
        const qsizetype produced = chunk.size() - qsizetype(stream.avail_out);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        if (out.size() + produced > maxBytes) {
            inflateEnd(&stream);
            return std::unexpected(Failure::TooLarge);
        }
        const int old = out.size();
        out.resize(old + int(produced));
        std::memcpy(out.data() + old, chunk.constData(), size_t(produced));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::unexpected(Failure::Damaged);
    return out;
}

} // namespace twofold
