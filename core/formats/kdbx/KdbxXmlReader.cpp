// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/kdbx/KdbxXmlReader.h"

#include "crypto/Digest.h"
#include "crypto/WipedBytes.h"
#include "formats/ImportBuilder.h"
#include "formats/ImportLimits.h"
#include "formats/kdbx/KdbxEntry.h"
#include "formats/kdbx/KdbxError.h"

#include <QXmlStreamReader>

namespace twofold {

namespace {

constexpr int salsa20Id = 2;
constexpr int chaCha20Id = 3;
const QByteArray salsa20Nonce = QByteArray::fromHex("e830094b97205d2a");

struct Group
{
    QString name;
    QString uuid;
};

// The state of one pass over the document.
class Reader
{
public:
    Reader(const QByteArray &xml, StreamCipher stream)
        : m_xml(xml)
        , m_stream(std::move(stream))
        , m_builder(KdbxError::formatId())
    {}

    Expected<ImportResult> run();

private:
    Expected<void> startElement();
    void endElement();
    // The element's text; a protected value decrypted with the next bytes of the inner stream.
    Expected<SecureBytes> value();
    // A String's value into the entry, by the String's key.
    void keep(SecureBytes text);
    bool inRecycleBin() const;

    QXmlStreamReader m_xml;
    StreamCipher m_stream;
    ImportBuilder m_builder;
    QStringList m_path; // open elements, outermost first
    QList<Group> m_groups;
    QString m_recycleBin;
    bool m_recycleBinEnabled = true;
    std::optional<KdbxEntry> m_entry;
    int m_historyDepth = 0;
    int m_entries = 0;
    QString m_key; // the current String's Key
};

Expected<SecureBytes> Reader::value()
{
    const bool isProtected = m_xml.attributes().value(u"Protected") == u"True";
    QString text = m_xml.readElementText();
    if (m_xml.hasError())
        return KdbxError::damaged("xml");
    if (!isProtected) {
        SecureBytes bytes = secureUtf8(text);
        WipedBytes::wipe(text);
        return bytes;
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return KdbxError::damaged("xml");
    SecureBytes bytes(decoded.decoded);
    WipedBytes::wipe(decoded.decoded);
    m_stream.apply(bytes);
    return bytes;
}

void Reader::keep(SecureBytes text)
{
    if (m_key == u"Title")
        m_entry->title = QString::fromUtf8(text.toByteArray());
    else if (m_key == u"UserName")
        m_entry->userName = QString::fromUtf8(text.toByteArray());
    else if (m_key == u"otp")
        m_entry->otp = std::move(text);
    else if (m_key == u"TOTP Seed")
        m_entry->seed = std::move(text);
    else if (m_key == u"TOTP Settings")
        m_entry->settings = std::move(text);
}

bool Reader::inRecycleBin() const
{
    if (!m_recycleBinEnabled || m_recycleBin.isEmpty())
        return false;
    for (const Group &group : m_groups) {
        if (group.uuid == m_recycleBin)
            return true;
    }
    return false;
}

Expected<void> Reader::startElement()
{
    const QStringView name = m_xml.name();
    const QString parent = m_path.isEmpty() ? QString() : m_path.constLast();
    if (name == u"Value" && parent == u"String") {
        auto text = value();
        if (!text)
            return std::unexpected(text.error());
        if (m_entry && m_historyDepth == 0)
            keep(std::move(*text));
        return {};
    }
    if (m_xml.attributes().value(u"Protected") == u"True") {
        // Consumed in document order wherever it is (an attachment), though not kept.
        if (const auto text = value(); !text)
            return std::unexpected(text.error());
        return {};
    }
    if (name == u"Group") {
        m_groups.append(Group{});
    } else if (name == u"History") {
        ++m_historyDepth;
    } else if (name == u"Entry" && m_historyDepth == 0 && parent == u"Group") {
        if (++m_entries > ImportLimits::maxEntries)
            return KdbxError::tooLarge(ErrorReason::TooManyEntries);
        m_entry.emplace();
    } else if ((name == u"Name" || name == u"UUID") && parent == u"Group" && !m_groups.isEmpty()) {
        (name == u"Name" ? m_groups.last().name : m_groups.last().uuid) = m_xml.readElementText();
        return {};
    } else if (name == u"RecycleBinUUID" && parent == u"Meta") {
        m_recycleBin = m_xml.readElementText();
        return {};
    } else if (name == u"RecycleBinEnabled" && parent == u"Meta") {
        m_recycleBinEnabled = m_xml.readElementText() != u"False";
        return {};
    } else if (name == u"Key" && parent == u"String") {
        m_key = m_xml.readElementText();
        return {};
    }
    m_path.append(name.toString());
    return {};
}

void Reader::endElement()
{
    const QStringView name = m_xml.name();
    if (!m_path.isEmpty())
        m_path.removeLast();
    if (name == u"Group" && !m_groups.isEmpty()) {
        m_groups.removeLast();
    } else if (name == u"History") {
        --m_historyDepth;
    } else if (name == u"Entry" && m_historyDepth == 0 && m_entry) {
        if (m_entry->hasTotp() && !inRecycleBin()) {
            QStringList path;
            for (qsizetype i = 1; i < m_groups.size(); ++i)
                path.append(m_groups.at(i).name.trimmed());
            if (!path.isEmpty())
                m_entry->tags = {path.join(QLatin1Char('/'))};
            m_entry->addTo(m_builder);
        }
        m_entry.reset();
    }
}

Expected<ImportResult> Reader::run()
{
    bool sawRoot = false;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.tokenType() == QXmlStreamReader::DTD)
            return KdbxError::damaged("xml dtd");
        if (m_xml.isStartElement()) {
            if (!sawRoot && m_xml.name() != u"KeePassFile")
                return KdbxError::damaged("xml");
            sawRoot = true;
            if (const auto started = startElement(); !started)
                return std::unexpected(started.error());
        } else if (m_xml.isEndElement()) {
            endElement();
        }
    }
    if (m_xml.hasError() || !sawRoot)
        return KdbxError::damaged("xml");
    return m_builder.finish();
}

} // namespace

Expected<StreamCipher> KdbxXmlReader::innerStream(quint32 id, const SecureBytes &key)
{
    if (id == salsa20Id)
        return StreamCipher::create(StreamCipher::Algorithm::Salsa20, Digest::sha256Secret(key),
                                    salsa20Nonce);
    if (id == chaCha20Id) {
        const SecureBytes hash = Digest::sha512Secret(key);
        SecureBytes streamKey(32);
        std::memcpy(streamKey.data(), hash.constData(), 32);
        return StreamCipher::create(StreamCipher::Algorithm::ChaCha20, streamKey,
                                    QByteArrayView(hash.constData() + 32, 12));
    }
    return KdbxError::unsupported(ErrorReason::None, QStringLiteral("inner stream %1").arg(id));
}

Expected<ImportResult> KdbxXmlReader::read(const SecureBytes &xml, quint32 innerStreamId,
                                           const SecureBytes &innerStreamKey)
{
    auto stream = innerStream(innerStreamId, innerStreamKey);
    if (!stream)
        return std::unexpected(stream.error());
    const WipedBytes text(xml);
    Reader reader(text.bytes(), std::move(*stream));
    return reader.run();
}

} // namespace twofold
