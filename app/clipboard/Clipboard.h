// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace twofold {

// Puts a code on the system clipboard marked as a secret (x-kde-passwordManagerHint, so clipboard
// managers skip it) and clears it after a delay, on lock and on quit — but only if the clipboard still
// holds our copy, never something the user copied since.
class Clipboard : public QObject
{
    Q_OBJECT

public:
    explicit Clipboard(QObject *parent = nullptr);
    ~Clipboard() override;

    void setClearDelay(int seconds);
    int clearDelay() const { return m_delaySeconds; }

    void copy(const QString &text);
    // Clears the clipboard if it still holds what we copied.
    void clearIfOurs();

private:
    QTimer m_timer;
    QString m_copied;
    int m_delaySeconds = 30;
};

} // namespace twofold
