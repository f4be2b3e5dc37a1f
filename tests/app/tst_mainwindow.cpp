#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TwofoldPlugin)

using namespace twofold;

// Loads the real main window, types a link as a person would, and keeps a screenshot for review
// (build/<preset>/screenshots/).
class TestMainWindow : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;

    // QTest::keyClicks only takes widgets; type into the Quick window key by key.
    void type(const QString &text)
    {
        for (const QChar c : text)
            QTest::keyClick(m_window, c.toLatin1());
    }

    void saveScreenshot(const QString &name)
    {
        const QImage image = m_window->grabWindow();
        QVERIFY2(!image.isNull(), "the window must render");
        QDir().mkpath(QStringLiteral("screenshots"));
        QVERIFY(image.save(QStringLiteral("screenshots/%1.png").arg(name)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_crypto.check().has_value());
        m_engine.loadFromModule("Twofold", "Main");
        QCOMPARE(m_engine.rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow *>(m_engine.rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }

    void startsEmptyWithFocusOnTheLinkField()
    {
        QCOMPARE(m_window->title(), QStringLiteral("Twofold"));
        QQuickItem *focused = m_window->activeFocusItem();
        QVERIFY2(focused &&
                     focused->property("placeholderText").toString().startsWith(QLatin1String("otpauth")),
                 "the link field has keyboard focus at start");
        saveScreenshot(QStringLiteral("main-empty"));
    }

    void typingALinkShowsItsCode()
    {
        QQuickItem *field = m_window->activeFocusItem();
        QVERIFY(field);
        type(QStringLiteral("otpauth://totp/GitHub:octocat@example.com?secret=JBSWY3DPEHPK3PXP"));
        QTest::keyClick(m_window, Qt::Key_Return);
        QTRY_COMPARE(field->property("text").toString(), QString()); // the field forgets the secret
        auto *card = m_window->findChild<QQuickItem *>(QStringLiteral("codeCard"));
        QVERIFY2(card && card->isVisible(), "the code card appears");
        QTRY_VERIFY(card->property("preview").value<QObject *>()->property("code").toString().size() == 7);
        saveScreenshot(QStringLiteral("main-code"));
    }

    void badLinkShowsInlineError()
    {
        type(QStringLiteral("https://example.com"));
        QTest::keyClick(m_window, Qt::Key_Return);
        auto *error = m_window->findChild<QQuickItem *>(QStringLiteral("errorLabel"));
        QVERIFY(error);
        const bool found = error->isVisible() && error->property("text").toString().contains(
                                                     QLatin1String("not an otpauth:// link"));
        QVERIFY2(found, "a visible, specific error explains the problem");
        saveScreenshot(QStringLiteral("main-error"));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_mainwindow.moc"
