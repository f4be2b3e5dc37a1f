#pragma once

#include "settings/Settings.h"

namespace twofold {

// Applies the light/dark choice. "Follow the system" asks the platform; an explicit choice also sets a
// matching palette, because without a platform theme (plain X11, Xvfb) the colour-scheme request alone
// changes nothing.
class Appearance
{
public:
    static void apply(Settings::Theme theme);
};

} // namespace twofold
