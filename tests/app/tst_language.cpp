// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "TestSupport.h"
#include "WindowDriver.h"
#include "crypto/CryptoRuntime.h"
#include "desktop/VaultParts.h"
#include "i18n/LanguageSwitch.h"
#include "i18n/Translations.h"
#include "settings/Settings.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;
using namespace twofold::test;

namespace {
// What a person sees in each shipped language, written out here rather than looked up, so a missing or
// stale translation fails. TWOFOLD_TEST_LANGUAGE chooses the language (German by default).
struct Texts
{
    QString welcome;
    QString settings;
    QString wrongPassword;
    QString unknownCommand;
    QString importedOne;
};

Texts expectedFor(const QString &language)
{
    if (language == u"fr")
        return {QStringLiteral("Bienvenue dans Twofold"), QStringLiteral("Paramètres"),
                QStringLiteral("Mot de passe incorrect."),
                QStringLiteral("commande inconnue «\u00a0bogus\u00a0»\u00a0; voir twofold --help"),
                QStringLiteral("1 compte importé.")};
    return {QStringLiteral("Willkommen bei Twofold"), QStringLiteral("Einstellungen"),
            QStringLiteral("Falsches Passwort."),
            QStringLiteral("unbekannter Befehl „bogus“; siehe twofold --help"),
            QStringLiteral("1 Konto importiert.")};
}
} // namespace

// Starts the real window in another language, checks that people see that language (QML and C++ texts,
// plurals, the command line), that no text is cut off by the longer words, and that switching the
// language in the settings retranslates the open window. Screenshots: build/<preset>/tests/screenshots/.
class TestLanguage : public QObject, public WindowDriver
{
    Q_OBJECT

    const QString m_language = qEnvironmentVariable("TWOFOLD_TEST_LANGUAGE", QStringLiteral("de"));
    const Texts m_expected = expectedFor(m_language);
    CryptoRuntime m_crypto;
    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};
    Translations m_translations;
    std::unique_ptr<VaultParts> m_vault;
    QQmlApplicationEngine m_engine;

    static bool shown(const QQuickItem *candidate)
    {
        if (!candidate->isVisible())
            return false;
        for (const QQuickItem *it = candidate; it; it = it->parentItem())
            if (it->opacity() <= 0)
                return false;
        return true;
    }

    // The visible text item showing exactly `text`, or nullptr.
    QQuickItem *visibleText(const QString &text)
    {
        for (QQuickItem *candidate : m_window->findChildren<QQuickItem *>())
            if (candidate->inherits("QQuickText") && shown(candidate) &&
                candidate->property("text").toString() == text)
                return candidate;
        return nullptr;
    }

    // Visible texts that do not fit: wider than their item without eliding, or reaching past the window, a
    // dialog or a clipping ancestor.
    QStringList cutOffTexts()
    {
        QStringList found;
        for (QQuickItem *text : m_window->findChildren<QQuickItem *>()) {
            const QString content = text->property("text").toString();
            if (!text->inherits("QQuickText") || !shown(text) || content.isEmpty())
                continue;
            const bool elides = text->property("elide").toInt() != 0;
            const qreal contentWidth = text->property("contentWidth").toReal();
            QRectF painted = text->mapRectToScene(QRectF(0, 0, text->width(), text->height()));
            QString problem;
            if (!elides && contentWidth > text->width() + 1) {
                problem = QStringLiteral("%1 px wide in %2 px")
                              .arg(qRound(contentWidth))
                              .arg(qRound(text->width()));
                painted.setWidth(contentWidth);
            }
            QRectF bounds(0, 0, m_window->width(), m_window->height());
            for (QQuickItem *outer = text->parentItem(); outer; outer = outer->parentItem())
                if (outer->clip() || outer->inherits("QQuickPopupItem"))
                    bounds &= outer->mapRectToScene(QRectF(0, 0, outer->width(), outer->height()));
            if (painted.left() < bounds.left() - 1 || painted.right() > bounds.right() + 1)
                problem += QStringLiteral(" reaches past its dialog or window");
            if (!problem.isEmpty())
                found << QStringLiteral("“%1”: %2").arg(content.left(60), problem.trimmed());
        }
        return found;
    }

    // Saves a screenshot and checks that nothing is cut off, at the default width and at the narrowest.
    void checkScreen(const QString &name)
    {
        QTest::qWait(250);
        const QImage image = m_window->grabWindow();
        QVERIFY2(!image.isNull(), "the window must render");
        QVERIFY(image.save(twofold::test::screenshotPath(QStringLiteral("%1-%2.png").arg(m_language, name))));
        QStringList problems = cutOffTexts();
        const int width = m_window->width();
        m_window->setWidth(m_window->minimumWidth());
        QTest::qWait(250);
        for (const QString &problem : cutOffTexts())
            problems << problem + QStringLiteral(" (at the narrowest window)");
        if (!problems.isEmpty())
            m_window->grabWindow().save(
                twofold::test::screenshotPath(QStringLiteral("%1-%2-narrow.png").arg(m_language, name)));
        m_window->setWidth(width);
        QTest::qWait(100);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(name + QStringLiteral(": ") + problems.join(QStringLiteral("; "))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        m_settings.setLanguage(m_language);
        m_settings.setSortOrder(AccountSort::MostUsed); // the settings dialog must show stored choices
        Settings::setInstance(&m_settings);
        m_vault = std::make_unique<VaultParts>(m_home.filePath(QStringLiteral("vault.twofold")), m_settings);
        m_vault->session().setKdfForNewVaults(fastKdf());
        m_vault->exposeToQml();
        LanguageSwitch::follow(m_translations, m_settings, m_engine); // as the window does
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void firstRunSpeaksTheLanguage()
    {
        QTRY_VERIFY2(visibleText(m_expected.welcome), "the create-vault heading is shown translated");
        QVERIFY2(visibleText(m_expected.settings), "the tool bar is translated");
        QTRY_VERIFY(m_window->activeFocusItem() == item("newPassword"));
        type(QStringLiteral("Correct horse 42"));
        QTest::keyClick(m_window, Qt::Key_Tab);
        type(QStringLiteral("Correct horse"));
        checkScreen(QStringLiteral("1-create"));
        type(QStringLiteral(" 42"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
        checkScreen(QStringLiteral("2-empty"));
    }

    void pluralsAndCppTexts()
    {
        QCOMPARE(
            QCoreApplication::translate("twofold::AccountActions", "Imported %n account(s).", nullptr, 1),
            m_expected.importedOne);
    }

    void accountList()
    {
        QCOMPARE(m_vault->actions().addUri(
                     QStringLiteral("otpauth://totp/GitHub:octocat@example.com?secret=JBSWY3DPEHPK3PXP")),
                 QString());
        QCOMPARE(m_vault->actions().addUri(
                     QStringLiteral("otpauth://hotp/Bank:me?secret=GEZDGNBVGY3TQOJQ&counter=3")),
                 QString());
        QTRY_COMPARE(m_vault->session().accounts()->count(), 2);
        checkScreen(QStringLiteral("3-list"));
    }

    // The settings dialog shows the stored choices, translated.
    void checkSettingsDialog(const QString &languageName)
    {
        QQuickItem *language = item("languageCombo");
        QTRY_COMPARE(language->property("displayText").toString(), languageName);
        // Each choice shows the stored setting again once the retranslated lists are in (a moment later).
        QTRY_COMPARE(item("sortOrderCombo")->property("displayText").toString(),
                     QCoreApplication::translate("SettingsDialog", "Most used"));
    }

    void settingsDialog()
    {
        click(visibleText(m_expected.settings));
        QQuickItem *language = item("languageCombo");
        QTRY_VERIFY(language && shown(language));
        checkSettingsDialog(m_language == u"fr" ? QStringLiteral("Français") : QStringLiteral("Deutsch"));
        checkScreen(QStringLiteral("4-settings"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown(language));
    }

    void addDialog()
    {
        item("accountList")->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(item("linkField") && shown(item("linkField")));
        checkScreen(QStringLiteral("5-add-link"));
        click(item("setupKeyTab"));
        QTRY_VERIFY(shown(item("manualService")));
        checkScreen(QStringLiteral("6-add-key"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown(item("manualService")));
    }

    void importReview()
    {
        const QString file = m_home.filePath(QStringLiteral("export.txt"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("otpauth://totp/Imported:one?secret=K5XWY3DFMRSW4ZLS\n"
                  "otpauth://totp/Again:octocat?secret=JBSWY3DPEHPK3PXP\n"
                  "otpauth://totp/Broken:three?secret=0000\n");
        out.close();
        QObject *dialog = ensureDialog("importDialog");
        QVERIFY(dialog);
        QVERIFY(QMetaObject::invokeMethod(dialog, "openFile", Q_ARG(QUrl, QUrl::fromLocalFile(file))));
        QTRY_VERIFY(shown(item("importSummary")));
        QTRY_COMPARE(item("importSummary")->property("text").toString(),
                     QCoreApplication::translate("ImportDialog", "New: %1 · Duplicates: %2 · Rejected: %3")
                         .arg(1)
                         .arg(1)
                         .arg(1));
        QVERIFY(!item("importSummary")->property("text").toString().startsWith(QLatin1String("New:")));
        checkScreen(QStringLiteral("7-import"));
        QVERIFY(QMetaObject::invokeMethod(dialog, "close"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void detailsDialog()
    {
        item("accountList")->forceActiveFocus();
        QTest::keyClick(m_window, Qt::Key_I, Qt::ControlModifier);
        QTRY_VERIFY(item("detailsIssuer") && shown(item("detailsIssuer")));
        checkScreen(QStringLiteral("8-details"));
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown(item("detailsIssuer")));
    }

    void unlockPageAndErrors()
    {
        QTest::keyClick(m_window, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
        QTRY_VERIFY(m_window->activeFocusItem() == item("unlockPassword"));
        type(QStringLiteral("wrong"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(item("unlockError")->property("text").toString(), m_expected.wrongPassword);
        checkScreen(QStringLiteral("9-unlock"));
        type(QStringLiteral("Correct horse 42"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Unlocked);
    }

    // Choosing the language in the settings dialog retranslates the open window at once.
    void chooseLanguage(int index)
    {
        QQuickItem *language = item("languageCombo");
        language->setProperty("currentIndex", index);
        QVERIFY(QMetaObject::invokeMethod(language, "activated", Q_ARG(int, index)));
    }

    void languageSwitchesWithoutRestart()
    {
        click(visibleText(m_expected.settings));
        QTRY_VERIFY(shown(item("languageCombo")));
        const bool french = m_language == u"fr";
        chooseLanguage(french ? 2 : 3);
        QTRY_VERIFY2(visibleText(expectedFor(french ? QStringLiteral("de") : QStringLiteral("fr")).settings),
                     "the window switches to the other language");
        QVERIFY(!visibleText(m_expected.settings));
        checkSettingsDialog(french ? QStringLiteral("Deutsch") : QStringLiteral("Français"));
        checkScreen(QStringLiteral("10-switched"));

        chooseLanguage(1);
        QTRY_VERIFY2(visibleText(QStringLiteral("Settings")), "and to English");
        checkSettingsDialog(QStringLiteral("English"));
        QCOMPARE(
            QCoreApplication::translate("twofold::AccountActions", "Imported %n account(s).", nullptr, 1),
            QStringLiteral("Imported 1 account."));
        QCOMPARE(
            QCoreApplication::translate("twofold::AccountActions", "Imported %n account(s).", nullptr, 3),
            QStringLiteral("Imported 3 accounts."));

        chooseLanguage(french ? 3 : 2);
        QTRY_VERIFY(visibleText(m_expected.settings));
        QCOMPARE(m_settings.language(), m_language);
        QTest::keyClick(m_window, Qt::Key_Escape);
        QTRY_VERIFY(!shown(item("languageCombo")));
    }

    void commandLineFollowsTheSystemUnlessSet()
    {
        // A fresh home: no setting, so the system's language (LANGUAGE) decides.
        QTemporaryDir home;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
        env.insert(QStringLiteral("LANGUAGE"), m_language);
        const CliResult system = runTwofold({QStringLiteral("bogus")}, {}, env);
        QCOMPARE(system.exitCode, 2);
        QCOMPARE(system.err.trimmed(), QStringLiteral("twofold: ") + m_expected.unknownCommand);

        QSettings(home.filePath(QStringLiteral(".config/twofold/twofold.conf")), QSettings::IniFormat)
            .setValue(QStringLiteral("appearance/language"), QStringLiteral("en"));
        const CliResult english = runTwofold({QStringLiteral("bogus")}, {}, env);
        QCOMPARE(english.err.trimmed(),
                 QStringLiteral("twofold: unknown command “bogus”; see twofold --help"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestLanguage test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_language.moc"
