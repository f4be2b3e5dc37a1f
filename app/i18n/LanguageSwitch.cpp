// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/LanguageSwitch.h"

#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QQmlEngine>

namespace twofold {

void LanguageSwitch::follow(Translations &translations, const Settings &settings, QQmlEngine &engine)
{
    translations.apply(settings.language());
    QObject::connect(&settings, &Settings::changed, &engine, [&translations, &settings, &engine] {
        if (translations.apply(settings.language()))
            engine.retranslate();
    });
}

} // namespace twofold
