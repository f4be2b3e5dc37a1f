// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/Appearance.h"

#include <QGuiApplication>
#include <QPalette>
#include <QQuickWindow>
#include <QStyleHints>

namespace twofold {

namespace {
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x3c, 0x3f, 0x44));
    palette.setColor(QPalette::Midlight, QColor(0x35, 0x37, 0x3c));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x84, 0x8a));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x84, 0x8a));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x84, 0x8a));
    return palette;
}
} // namespace

void Appearance::apply(Settings::Theme theme)
{
    static constexpr Qt::ColorScheme schemes[] = {Qt::ColorScheme::Unknown, Qt::ColorScheme::Light,
                                                  Qt::ColorScheme::Dark};
    QGuiApplication::styleHints()->setColorScheme(schemes[theme]);
    QGuiApplication::setPalette(theme == Settings::DarkTheme ? darkPalette() : QPalette());
}

void Appearance::chooseRenderer(const Settings &settings)
{
    // Text drawn by the font engine, as the software renderer always does: on the graphics card,
    // distance-field text keeps glyph atlases for scaling and transforming text that this window never scales
    // (2 MiB on llvmpipe).
    QQuickWindow::setTextRenderType(QQuickWindow::NativeTextRendering);
    if (settings.hardwareRendering() || !qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") ||
        !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND"))
        return;
    // This window is flat controls, text and a few rings: the rasteriser draws them sooner than OpenGL
    // starts, and spares the GL driver's memory (llvmpipe maps LLVM).
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
}

} // namespace twofold
