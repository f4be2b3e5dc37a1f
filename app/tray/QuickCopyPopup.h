// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "accounts/AccountFilterModel.h"

#include <QObject>

#include <memory>

class QQmlEngine;
class QQuickWindow;

namespace twofold {

class AccountListModel;
class Settings;

// "Quick copy…": a small frameless window (QuickCopy.qml) with a search field over all accounts — type,
// Enter copies, Esc closes. It has its own filter, so the main window's search is left alone.
class QuickCopyPopup : public QObject
{
    Q_OBJECT

public:
    QuickCopyPopup(QQmlEngine &engine, AccountListModel &accounts, Settings &settings,
                   QObject *parent = nullptr);
    ~QuickCopyPopup() override;

    // Shows it with an empty search on the screen under the mouse pointer, and gives it the keyboard.
    void show();
    void close();
    // Created on first show; null before.
    QQuickWindow *window() const { return m_window.get(); }
    bool isShown() const;

Q_SIGNALS:
    void copyRequested(const QString &uuid);
    void shownChanged();

private:
    bool create();

    QQmlEngine &m_engine;
    Settings &m_settings;
    AccountFilterModel m_filter;
    std::unique_ptr<QQuickWindow> m_window;
};

} // namespace twofold
