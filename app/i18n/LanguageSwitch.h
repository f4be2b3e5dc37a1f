// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QQmlEngine;

namespace twofold {

class Settings;
class Translations;

// The window's side of the language choice: Translations loads the catalogues (the command line uses it
// too), this re-evaluates the QML engine's qsTr() bindings when the choice changes, so the window switches
// language without a restart.
class LanguageSwitch
{
public:
    // Applies settings.language() now and whenever it changes. `translations` must outlive the engine.
    static void follow(Translations &translations, const Settings &settings, QQmlEngine &engine);
};

} // namespace twofold
