// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "WindowDriver.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace twofold::test {

// What every test of the real window starts from: crypto, a scratch home with its own settings file, the
// vault the window shows (fast KDF), and the QML engine. startVault() and loadWindow() report failures
// through QTest: callers return when QTest::currentTestFailed().
class WindowFixture : public WindowDriver
{
protected:
    CryptoRuntime m_crypto;
    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;

    // The settings and vault as the window finds them; no vault file is made yet.
    void startVault()
    {
        QVERIFY(m_crypto.check().has_value());
        Settings::setInstance(&m_settings);
        m_vault = std::make_unique<VaultParts>(m_home.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->exposeToQml();
    }

    // startVault(), then loadWindow(): the window of a first start, before any vault exists.
    void startWithWindow()
    {
        startVault();
        if (!QTest::currentTestFailed())
            loadWindow();
    }

    // Loads Twofold's main window and waits until it is on screen.
    void loadWindow()
    {
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }
};

} // namespace twofold::test
