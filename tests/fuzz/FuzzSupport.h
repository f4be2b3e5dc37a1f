// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/CryptoRuntime.h"

#include <QCoreApplication>

// Qt and QCA set up once per fuzzing process; inputs then run back to back.
inline void twofoldFuzzInit()
{
    static int argc = 1;
    static char name[] = "twofold-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static twofold::CryptoRuntime crypto;
}
