// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Appearance.h"
#include "settings/Settings.h"

#include <QGuiApplication>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

// The window draws with Qt Quick's software renderer unless the settings or the environment ask otherwise.
class TestRenderer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QSettings m_store{m_home.filePath(QStringLiteral("twofold.conf")), QSettings::IniFormat};
    Settings m_settings{&m_store};

    // The scene graph backend the next window gets: "software", or "" for Qt's own choice (the RHI).
    static QString chosen(const Settings &settings)
    {
        QQuickWindow::setSceneGraphBackend(QString());
        Appearance::chooseRenderer(settings);
        return QQuickWindow::sceneGraphBackend();
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("QT_QUICK_BACKEND");
        qunsetenv("QSG_RHI_BACKEND");
        m_settings.setHardwareRendering(false);
    }

    void softwareByDefault() { QCOMPARE(chosen(m_settings), QStringLiteral("software")); }

    void textIsDrawnByTheFontEngine()
    {
        QQuickWindow::setTextRenderType(QQuickWindow::QtTextRendering);
        m_settings.setHardwareRendering(true);
        Appearance::chooseRenderer(m_settings);
        QCOMPARE(QQuickWindow::textRenderType(), QQuickWindow::NativeTextRendering);
    }

    void theSettingChoosesTheGraphicsCard()
    {
        m_settings.setHardwareRendering(true);
        QVERIFY2(chosen(m_settings).isEmpty(), "Qt picks the graphics API itself");
    }

    void theEnvironmentStillDecides_data()
    {
        QTest::addColumn<QByteArray>("variable");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("QT_QUICK_BACKEND=rhi") << QByteArray("QT_QUICK_BACKEND") << QByteArray("rhi");
        QTest::newRow("QSG_RHI_BACKEND=opengl") << QByteArray("QSG_RHI_BACKEND") << QByteArray("opengl");
    }

    void theEnvironmentStillDecides()
    {
        QFETCH(QByteArray, variable);
        QFETCH(QByteArray, value);
        qputenv(variable.constData(), value);
        QVERIFY2(chosen(m_settings).isEmpty(), "an explicit choice in the environment is not overridden");
    }
};

QTEST_MAIN(TestRenderer)
#include "tst_renderer.moc"
