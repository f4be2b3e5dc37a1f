// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WindowFixture.h"
#include "desktop/DesktopShell.h"
#include "instance/SingleInstance.h"
#include "start/StartOptions.h"

#include <QQuickWindow>
#include <QTest>

#include <memory>

namespace twofold::test {

// The running Twofold in this process, as a second start finds it: the single-instance socket claimed and
// served, the vault unlocked (password "pw") with the given accounts, the real window and its DesktopShell
// started with `options`. startShell() reports failures through QTest: callers return when
// QTest::currentTestFailed().
class ShellFixture : public WindowFixture
{
protected:
    SingleInstance m_instance;
    std::unique_ptr<DesktopShell> m_shell;

    void startShell(const QStringList &links, const StartOptions &options)
    {
        startVault();
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(m_instance.claim(SingleInstance::activateMessage()), SingleInstance::Claim::Primary);
        m_vault->session().createVault(QStringLiteral("pw"));
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        for (const QString &link : links)
            QCOMPARE(m_vault->actions().addUri(link), QString());
        m_engine.setInitialProperties({{QStringLiteral("visible"), false}});
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        m_shell = std::make_unique<DesktopShell>(*m_window, *m_vault, m_settings, m_engine);
        m_shell->serve(m_instance);
        m_shell->start(options);
    }
};

} // namespace twofold::test
