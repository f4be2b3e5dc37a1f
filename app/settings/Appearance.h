// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/Settings.h"

namespace twofold {

// Applies the light/dark choice and the renderer. "Follow the system" asks the platform; an explicit choice
// also sets a matching palette, because without a platform theme (plain X11, Xvfb) the colour-scheme request
// alone changes nothing.
class Appearance
{
public:
    static void apply(Settings::Theme theme);

    // Before the first window: Qt Quick's software renderer unless the settings ask for the graphics card
    // or QT_QUICK_BACKEND (or QSG_RHI_BACKEND) chooses for this start; text drawn by the font engine either
    // way.
    static void chooseRenderer(const Settings &settings);
};

} // namespace twofold
