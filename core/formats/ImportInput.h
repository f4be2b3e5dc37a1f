// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace twofold {

// The bytes of a file being imported, with its JSON parsed at most once however many formats look at it.
class ImportInput
{
public:
    explicit ImportInput(QByteArray data, SecureBytes keyFile = {});

    const QByteArray &bytes() const { return m_data; }
    // A key file that unlocks the content with or without a password (KeePass); empty when none was given.
    const SecureBytes &keyFile() const { return m_keyFile; }

    // The parsed document, or nullptr when the bytes are not JSON or nest deeper than
    // ImportLimits::maxJsonDepth (checked before Qt's parser sees them).
    const QJsonDocument *json() const;
    // The top-level object; empty when the document is not an object.
    QJsonObject object() const;
    bool hasKeys(std::initializer_list<QLatin1StringView> keys) const;
    // Bytes that start like JSON but do not parse (cut short, bytes changed, or nesting too deep) and contain
    // every marker (e.g. "\"header\""): a damaged file of the format the markers name, so its reader can say
    // "damaged" rather than the file being unknown.
    bool isBrokenJsonWith(std::initializer_list<QByteArrayView> markers) const;

    // Whether JSON nests deeper than `maxDepth`, outside strings; linear, no allocation.
    static bool nestsDeeperThan(QByteArrayView json, int maxDepth);

private:
    QByteArray m_data;
    SecureBytes m_keyFile;
    mutable std::optional<QJsonDocument> m_json;
    mutable bool m_parsed = false;
};

} // namespace twofold
