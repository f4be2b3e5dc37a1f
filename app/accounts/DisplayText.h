// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace twofold {

class DisplayText
{
public:
    // Issuer and name come from QR codes and other apps' files: remove bidi overrides and isolates,
    // zero-width and other format characters, and C0/C1 controls, so "Pay\u202Elapyap" cannot pose as
    // another account. Markup is not interpreted anywhere: views use PlainText.
    static QString clean(const QString &text);
};

} // namespace twofold
