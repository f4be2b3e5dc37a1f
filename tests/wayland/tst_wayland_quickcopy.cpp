// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodesAround.h"
#include "ShellFixture.h"
#include "WaylandSession.h"

#include <QApplication>
#include <QProcess>
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
constexpr int slowMs = 30'000;
const QString gitHubLink = QStringLiteral("otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP");
const QString bankLink = QStringLiteral("otpauth://totp/Bank:me?secret=GEZDGNBVGY3TQOJQ");
} // namespace

// `twofold --quick-copy` on Wayland (tests/wayland/with-sway): the second start hands the request to this
// process, the running Twofold, whose popup must get the keyboard from the compositor although the
// request came from elsewhere; keys typed with wtype find and copy, wl-paste reads the code back.
class TestWaylandQuickCopy : public QObject, public ShellFixture
{
    Q_OBJECT

    QuickCopyPopup &popup() { return m_shell->tray().quickCopy(); }

    // The second start, in the private session's runtime directory as the real one, to its end.
    int secondStart(const QStringList &arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_home.path());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return WaylandSession::run(QStringLiteral(TWOFOLD_BINARY), arguments, {}, environment).exitCode;
    }

    void copyWithKeys(const QString &search, const QString &link)
    {
        QTRY_VERIFY_WITH_TIMEOUT(popup().isShown(), slowMs);
        QTRY_VERIFY2_WITH_TIMEOUT(popup().window()->isActive(), "the compositor gave the popup the keyboard",
                                  slowMs);
        QVERIFY(WaylandSession::screenshot(QStringLiteral("wayland-quickcopy-") + search));
        QVERIFY(WaylandSession::type(search));
        QTRY_COMPARE(
            popup().window()->findChild<QQuickItem *>(QStringLiteral("quickList"))->property("count").toInt(),
            1);
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_VERIFY_WITH_TIMEOUT(!popup().isShown(), slowMs);
        QTRY_VERIFY_WITH_TIMEOUT(codesAround(link).contains(WaylandSession::clipboard()), slowMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QGuiApplication::platformName() == QLatin1String("wayland"),
                 "runs on Wayland (tests/wayland/with-sway)");
        if (const QString tool = WaylandSession::missingTool(); !tool.isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed")));
        startShell({gitHubLink, bankLink}, {});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanupTestCase() { m_shell.reset(); }

    void secondStartOpensThePopupWithTheKeyboard()
    {
        QCOMPARE(secondStart({QStringLiteral("--quick-copy")}), 0);
        copyWithKeys(QStringLiteral("git"), gitHubLink);
    }

    void lockedUnlocksFirst()
    {
        m_vault->session().lock();
        QTRY_COMPARE(m_vault->session().state(), VaultSession::Locked);
        QCOMPARE(secondStart({QStringLiteral("--quick-copy")}), 0);
        QQuickItem *password = m_window->findChild<QQuickItem *>(QStringLiteral("unlockPassword"));
        QTRY_VERIFY_WITH_TIMEOUT(password && password->hasActiveFocus() && m_window->isActive(), slowMs);
        QVERIFY(!popup().isShown());
        QVERIFY(WaylandSession::type(QStringLiteral("pw")));
        QVERIFY(WaylandSession::key(QStringLiteral("Return")));
        QTRY_COMPARE_WITH_TIMEOUT(m_vault->session().state(), VaultSession::Unlocked, slowMs);
        copyWithKeys(QStringLiteral("bank"), bankLink);
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestWaylandQuickCopy test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wayland_quickcopy.moc"
