// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusArgument>
#include <QDBusMetaType>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace twofold {

// One shortcut as the GlobalShortcuts portal passes it, D-Bus type (sa{sv}): an id, and properties such as
// "description", "preferred_trigger" (asked for) and "trigger_description" (what the desktop bound).
struct PortalShortcut
{
    QString id;
    QVariantMap properties;
};

inline QDBusArgument &operator<<(QDBusArgument &argument, const PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument << shortcut.id << shortcut.properties;
    argument.endStructure();
    return argument;
}

inline const QDBusArgument &operator>>(const QDBusArgument &argument, PortalShortcut &shortcut)
{
    argument.beginStructure();
    argument >> shortcut.id >> shortcut.properties;
    argument.endStructure();
    return argument;
}

} // namespace twofold

Q_DECLARE_METATYPE(twofold::PortalShortcut)

namespace twofold {

// Registers the D-Bus types; needed before the first call that sends or reads a list of shortcuts.
inline void registerPortalShortcutTypes()
{
    qDBusRegisterMetaType<PortalShortcut>();
    qDBusRegisterMetaType<QList<PortalShortcut>>();
}

} // namespace twofold
