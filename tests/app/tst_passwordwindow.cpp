// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WindowFixture.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "settings/Settings.h"
#include "storage/AtomicFile.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
bool opensWith(const QString &path, const QByteArray &password)
{
    const auto bytes = AtomicFile::read(path, VaultFile::maxFileSize);
    const auto file = bytes ? VaultFile::parse(*bytes) : Expected<VaultFile>(std::unexpected(bytes.error()));
    return file && file->unlock(test::bytes(password));
}
} // namespace

// Settings → "Change password…" and turning keyring unlock off, in the real window, by keyboard and mouse,
// against a real Secret Service (tests/keyring/with-keyring); screenshots in
// build/<preset>/tests/screenshots/.
class TestPasswordWindow : public QObject, public WindowFixture
{
    Q_OBJECT

    bool shown(const char *name) const { return item(name) && item(name)->isVisible(); }

    void openSettings()
    {
        click(item("settingsButton"));
        QTRY_VERIFY(shown("changePassword"));
        QTest::qWait(300); // the opening transition
    }

    // Types into a field after clicking it, as a person would.
    void fill(const char *field, const QString &text)
    {
        click(item(field));
        QTRY_VERIFY(item(field)->hasActiveFocus());
        type(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        startVault();
        if (QTest::currentTestFailed())
            return;
        m_vault->session().createVault(QStringLiteral("Correct horse 42"), true);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        QTRY_VERIFY(m_vault->keyring().isEnabled());
        QCOMPARE(m_vault->actions().addUri(
                     QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP")),
                 QString());
        QTest::qWait(400);
        m_vault->session().waitForSaves();

        loadWindow();
        if (QTest::currentTestFailed())
            return;
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void changePasswordInTheDialog()
    {
        openSettings();
        click(item("changePassword"));
        QTRY_VERIFY(shown("currentPassword"));
        QTRY_VERIFY(item("currentPassword")->hasActiveFocus());
        QTest::qWait(300);
        QVERIFY2(!item("confirmPasswordChange")->isEnabled(), "nothing to change yet");

        // A wrong current password: named as such, nothing changed.
        type(QStringLiteral("Wrong horse"));
        fill("changedPassword", QStringLiteral("Battery staple 7 horses"));
        fill("repeatChangedPassword", QStringLiteral("Battery staple 7 horse"));
        QTRY_VERIFY(shown("changedPasswordMismatch"));
        QVERIFY(!item("confirmPasswordChange")->isEnabled());
        type(QStringLiteral("s"));
        QTRY_VERIFY(!shown("changedPasswordMismatch"));
        QCOMPARE(item("changedPasswordStrength")->property("text").toString(),
                 QStringLiteral("Strength: Strong"));
        QVERIFY(shown("reencryptBackups"));
        QVERIFY(item("reencryptBackups")->property("checked").toBool());
        saveScreenshot(QStringLiteral("password-1-change"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(shown("passwordChangeError"), 20000);
        QCOMPARE(item("passwordChangeError")->property("text").toString(),
                 QStringLiteral("The current password is wrong. Nothing was changed."));
        QCOMPARE(item("currentPassword")->property("text").toString(), QString()); // handed over, cleared
        QTRY_VERIFY2(item("currentPassword")->hasActiveFocus(), "typing starts again at the top");
        saveScreenshot(QStringLiteral("password-2-wrong-current"));
        QVERIFY(opensWith(m_vault->session().vaultPath(), "Correct horse 42"));

        fill("currentPassword", QStringLiteral("Correct horse 42"));
        fill("changedPassword", QStringLiteral("Battery staple 7 horses"));
        fill("repeatChangedPassword", QStringLiteral("Battery staple 7 horses"));
        click(item("confirmPasswordChange"));
        QTRY_VERIFY_WITH_TIMEOUT(shown("passwordChangeResult"), 20000);
        const QString result = item("passwordChangeResult")->property("text").toString();
        QVERIFY2(result.startsWith(QLatin1String("Your password was changed")), qPrintable(result));
        QVERIFY2(result.contains(QLatin1String("re-encrypted")), qPrintable(result));
        QVERIFY2(!shown("currentPassword"), "the form gives way to the outcome");
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("password-3-changed"));
        click(item("closePasswordChange"));
        QTRY_VERIFY(!shown("passwordChangeResult"));

        m_vault->session().waitForSaves();
        QVERIFY(opensWith(m_vault->session().vaultPath(), "Battery staple 7 horses"));
        QVERIFY(!opensWith(m_vault->session().vaultPath(), "Correct horse 42"));
        QVERIFY2(m_vault->keyring().isEnabled(), "keyring unlock stays on, under a new entry");
    }

    void turningKeyringOffAsksForThePassword()
    {
        QVERIFY(shown("keyringUnlock"));
        QVERIFY(item("keyringUnlock")->property("checked").toBool());
        click(item("keyringUnlock"));
        QTRY_VERIFY(shown("currentPassword"));
        QVERIFY2(!shown("changedPassword"), "only the password is asked");
        QVERIFY2(item("keyringUnlock")->property("checked").toBool(), "still on until the password is given");
        QVERIFY(m_vault->keyring().isEnabled());
        QTRY_VERIFY(item("currentPassword")->hasActiveFocus());
        type(QStringLiteral("Battery staple 7 horses"));
        QTest::qWait(300);
        saveScreenshot(QStringLiteral("password-4-keyring-off"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(shown("passwordChangeResult"), 20000);
        QVERIFY2(item("passwordChangeResult")
                     ->property("text")
                     .toString()
                     .startsWith(QLatin1String("Keyring unlock is off")),
                 qPrintable(item("passwordChangeResult")->property("text").toString()));
        QTest::qWait(200);
        saveScreenshot(QStringLiteral("password-5-keyring-off-done"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown("passwordChangeResult"));
        QTRY_VERIFY(!m_vault->keyring().isEnabled());
        QVERIFY2(!item("keyringUnlock")->property("checked").toBool(), "the switch follows");
        m_vault->session().waitForSaves();
        QVERIFY(opensWith(m_vault->session().vaultPath(), "Battery staple 7 horses"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestPasswordWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_passwordwindow.moc"
