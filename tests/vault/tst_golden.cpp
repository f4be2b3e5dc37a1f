#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "vault/VaultStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

// Vaults written by earlier releases that every future release must open, with passwords that catch
// encoding mistakes: non-ASCII, long emoji sequences (ZWJ, flags), and longer than HMAC's 64-byte block.
class TestGolden : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

private Q_SLOTS:
    void opens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QJsonArray>("accounts");
        const QString directory = QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/golden/");
        QFile manifest(directory + QStringLiteral("golden.json"));
        QVERIFY2(manifest.open(QIODevice::ReadOnly), "tests/data/golden/golden.json is missing");
        for (const QJsonValue &value : QJsonDocument::fromJson(manifest.readAll()).array()) {
            const QJsonObject entry = value.toObject();
            const QByteArray password = entry.value(QStringLiteral("password")).toString().toUtf8();
            QCOMPARE(password.size(), entry.value(QStringLiteral("passwordBytes")).toInt());
            QTest::newRow(qPrintable(entry.value(QStringLiteral("file")).toString()))
                << directory + entry.value(QStringLiteral("file")).toString() << password
                << entry.value(QStringLiteral("accounts")).toArray();
        }
    }

    void opens()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(QJsonArray, accounts);
        VaultStore store(file);
        const auto unlocked = store.unlock(bytes(password));
        QVERIFY2(unlocked.has_value(), qPrintable(QStringLiteral("%1 must open (error %2)")
                                                      .arg(file)
                                                      .arg(unlocked ? 0 : int(unlocked.error().code))));
        QCOMPARE(store.accounts().size(), accounts.size());
        for (qsizetype i = 0; i < accounts.size(); ++i) {
            const QJsonObject expected = accounts.at(i).toObject();
            const Account account = store.accounts().at(i);
            QCOMPARE(account.issuer, expected.value(QStringLiteral("issuer")).toString());
            QCOMPARE(account.name, expected.value(QStringLiteral("name")).toString());
            const auto code =
                store.code(account.uuid, qint64(expected.value(QStringLiteral("time")).toDouble()));
            QVERIFY(code.has_value());
            QCOMPARE(*code, expected.value(QStringLiteral("code")).toString());
        }
        QByteArray almost = password;
        almost.chop(1);
        QCOMPARE(VaultStore(file).unlock(bytes(almost)).error().code, ErrorCode::VaultWrongPassword);
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
