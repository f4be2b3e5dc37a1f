// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtTypes>

namespace twofold {

// The bounds QrDecoder puts on untrusted images (hostile images), apart from the decoder so that the texts
// about them need no Qt Gui: images over 8192×8192 pixels or 32 MiB are refused before decoding, texts over
// 64 KiB are dropped.
struct QrLimits
{
    static constexpr int maxSide = 8192;
    static constexpr qsizetype maxFileBytes = 32 * 1024 * 1024;
    static constexpr qsizetype maxTextBytes = 64 * 1024;
};

} // namespace twofold
