// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "crypto/CryptoRuntime.h"
#include "vault/VaultFile.h"
#include "vault/VaultStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;
using namespace twofold::test;

namespace {
const QString goldenDirectory = QStringLiteral(TWOFOLD_SOURCE_DIR "/tests/data/golden/");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// Vaults written by earlier releases that every future release must open, with passwords that catch
// encoding mistakes: non-ASCII, long emoji sequences (ZWJ, flags), and longer than HMAC's 64-byte block.
// Each password exists as format 1.0 (header bound by a digest inside the payload) and 1.1 (header as
// GCM associated data).
class TestGolden : public QObject
{
    Q_OBJECT

    CryptoRuntime m_crypto;

    static QByteArray passwordOf(const QString &name)
    {
        QFile manifest(goldenDirectory + QStringLiteral("golden.json"));
        if (!manifest.open(QIODevice::ReadOnly))
            return {};
        for (const QJsonValue &value : QJsonDocument::fromJson(manifest.readAll()).array())
            if (value.toObject().value(QStringLiteral("file")).toString() == name)
                return value.toObject().value(QStringLiteral("password")).toString().toUtf8();
        return {};
    }

private Q_SLOTS:
    void opens_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QJsonArray>("accounts");
        QTest::addColumn<QString>("version");
        const QString &directory = goldenDirectory;
        QFile manifest(directory + QStringLiteral("golden.json"));
        QVERIFY2(manifest.open(QIODevice::ReadOnly), "tests/data/golden/golden.json is missing");
        for (const QJsonValue &value : QJsonDocument::fromJson(manifest.readAll()).array()) {
            const QJsonObject entry = value.toObject();
            const QByteArray password = entry.value(QStringLiteral("password")).toString().toUtf8();
            QCOMPARE(password.size(), entry.value(QStringLiteral("passwordBytes")).toInt());
            QTest::newRow(qPrintable(entry.value(QStringLiteral("file")).toString()))
                << directory + entry.value(QStringLiteral("file")).toString() << password
                << entry.value(QStringLiteral("accounts")).toArray()
                << entry.value(QStringLiteral("version")).toString();
        }
    }

    void opens()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, password);
        QFETCH(QJsonArray, accounts);
        QFETCH(QString, version);
        QVERIFY2(readAll(file).startsWith(QByteArray("TWOFOLD-VAULT " + version.toLatin1() + '\n')),
                 "the manifest names the file's format version");
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
        QCOMPARE(test::errorOf(VaultStore(file).unlock(bytes(almost))).code, ErrorCode::VaultWrongPassword);
    }

    void firstSaveWritesVersion11()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("vault.twofold"));
        QVERIFY(QFile::copy(goldenDirectory + QStringLiteral("nonascii.twofold"), path));
        const QByteArray password = passwordOf(QStringLiteral("nonascii.twofold"));
        VaultStore::Options options;
        options.backupGenerations = 0;
        VaultStore store(path, options);
        QVERIFY(store.unlock(bytes(password)).has_value());
        const QList<Account> before = store.accounts();
        QVERIFY(store.save().has_value());
        QVERIFY2(readAll(path).startsWith("TWOFOLD-VAULT 1.1\n"), "the first save upgrades the file");

        VaultStore reopened(path);
        QVERIFY2(reopened.unlock(bytes(password)).has_value(), "the same password opens the upgraded file");
        QCOMPARE(reopened.accounts(), before);
        const QByteArray upgraded = readAll(path);
        QVERIFY(store.save().has_value());
        QVERIFY2(readAll(path) != upgraded, "each save writes a fresh nonce");
    }

    void version10HeaderIsBoundByItsDigest()
    {
        // 1.0 files have no associated data: the header digest sealed in the payload still catches an edit.
        QByteArray edited = readAll(goldenDirectory + QStringLiteral("nonascii.twofold"));
        QVERIFY(edited.startsWith("TWOFOLD-VAULT 1.0\n"));
        edited.insert(edited.indexOf("\"cipher\""), "\"x\":1,");
        edited.truncate(edited.lastIndexOf('\n', edited.size() - 2) + 1);
        edited += "sha256:" + QCryptographicHash::hash(edited, QCryptographicHash::Sha256).toHex() + '\n';
        const auto file = VaultFile::parse(edited);
        QVERIFY(file.has_value());
        const auto keys = file->unlock(bytes(passwordOf(QStringLiteral("nonascii.twofold"))));
        QVERIFY(keys.has_value());
        QCOMPARE(test::errorOf(file->decrypt(keys->dataKey)),
                 (Error{ErrorCode::VaultDamaged, QStringLiteral("header binding")}));
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
