// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/CryptoRuntime.h"
#include "crypto/WipedBytes.h"

#include <QTest>

using namespace twofold;

// The plain copies of secrets that parsers, a keyring job or a QR encoder need are zeroed where they lie,
// including every copy that shares their memory.
class TestWipedBytes : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_crypto.check().has_value()); }

    void copyIsZeroedWhenItGoesOutOfScope()
    {
        const QByteArray plaintext("{\"secret\":\"JBSWY3DPEHPK3PXP\"}");
        QByteArray sharer; // stands for a parser or job still sharing the bytes
        {
            const WipedBytes copy{SecureBytes(plaintext)};
            QCOMPARE(copy.bytes(), plaintext);
            sharer = copy.bytes();
            QCOMPARE(sharer.constData(), copy.bytes().constData());
        }
        QCOMPARE(sharer, QByteArray(plaintext.size(), '\0'));
    }

    void wipeReachesEveryCopySharingTheBytes()
    {
        // What a keyring job hands out is shared with its own buffer: fill() detaches and misses that one.
        const QByteArray job = QByteArray("slot key bytes").append(char(1));
        QByteArray handedOut = job;
        handedOut.fill('\0');
        QVERIFY2(job.startsWith("slot key"), "fill() wiped only a detached copy");

        handedOut = job;
        WipedBytes::wipe(handedOut);
        QCOMPARE(job, QByteArray(job.size(), '\0'));
    }

    void wipesTextInPlace()
    {
        const QString link = QStringLiteral("otpauth://totp/x?secret=").append(u"GEZDGNBVGY3TQOJQ");
        const QString shared = link;
        WipedBytes::wipe(link);
        QCOMPARE(shared, QString(link.size(), QChar(0)));
    }

    void leavesMemoryItDoesNotOwnAlone()
    {
        static const char raw[] = "not owned";
        const QByteArray view = QByteArray::fromRawData(raw, sizeof(raw) - 1);
        WipedBytes::wipe(view);
        WipedBytes::wipe(QByteArrayLiteral("a literal"));
        WipedBytes::wipe(QStringLiteral("a literal"));
        WipedBytes::wipe(QByteArray());
        QCOMPARE(QByteArray(raw), QByteArray("not owned"));
    }
};

QTEST_GUILESS_MAIN(TestWipedBytes)
#include "tst_wipedbytes.moc"
