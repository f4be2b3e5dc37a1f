// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJSEngine>

class QQmlEngine;

namespace twofold {

// The one instance of a C++-made QML singleton: the wiring code (window.cpp, tests) builds it and calls
// setInstance() before loading QML; the engine then takes it through create() instead of making its own.
// Such classes must not be default-constructible, or Qt 6.8 builds a second instance for QML.
template<typename T> class QmlInstance
{
public:
    static void setInstance(T *instance) { s_instance = instance; }
    // Forgets `instance` if it is the one set (its destructor calls this).
    static void forget(const T *instance)
    {
        if (s_instance == instance)
            s_instance = nullptr;
    }
    static T *create(QQmlEngine *, QJSEngine *)
    {
        Q_ASSERT_X(s_instance, "QmlInstance::create", "setInstance() must come before loading QML");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }
    // The instance set, or nullptr (tests that build a part alone).
    static T *existing() { return s_instance; }
    // For objects QML makes, which cannot be handed the instance (see AccountSink::app()).
    static T &instance()
    {
        Q_ASSERT_X(s_instance, "QmlInstance::instance", "setInstance() must come before loading QML");
        return *s_instance;
    }

private:
    static inline T *s_instance = nullptr;
};

} // namespace twofold
