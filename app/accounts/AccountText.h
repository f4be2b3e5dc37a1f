// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QtQmlIntegration>

namespace twofold {

// How an account's texts are written for people and read back from them: its one label, and its tags as
// the comma-separated text of the details dialog. For QML and C++ alike.
class AccountText : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // "GitHub (octocat)", or whichever of the two is not empty; cleaned (DisplayText) and shortened, since a
    // 5,000-character name must not flood a toast or a dialog title.
    Q_INVOKABLE static QString label(const QString &issuer, const QString &name);
    // "work, finance" → {"work", "finance"}: trimmed, empty ones and repeats dropped.
    Q_INVOKABLE static QStringList tags(const QString &text);
    Q_INVOKABLE static QString tagText(const QStringList &tags);
    // A tag as a button text: '&' doubled, so that the button makes no mnemonic of it.
    Q_INVOKABLE static QString withoutMnemonic(const QString &text);
};

} // namespace twofold
