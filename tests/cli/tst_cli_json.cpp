// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliRunner.h"
#include "CliVault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using twofold::test::CliResult;
using twofold::test::runTwofold;

// --json on list, show, inspect and import through the real executable: one parseable document with the
// documented fields, exactly the names as stored, and no secret where the plain output has none.
// (scan --json is tested with the other scan cases in tst_qrdecoder.)
class TestCliJson : public QObject
{
    Q_OBJECT

    twofold::test::CliVault m_vault;
    QString m_github; // uuid of the TOTP account

    static constexpr QLatin1StringView secret{"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"};

    QStringList withVault(const QStringList &arguments) const { return m_vault.withVault(arguments); }

    // The whole of stdout must be one JSON object.
    static QJsonObject document(const CliResult &result)
    {
        QJsonParseError error{};
        const QJsonDocument parsed = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !parsed.isObject())
            qWarning("not one JSON object (%s): %s", qPrintable(error.errorString()), qPrintable(result.out));
        return parsed.object();
    }

    // Three accounts (quotes and a backslash in one name, which JSON escapes), one broken line.
    QString uriList() const
    {
        return m_vault.writeFile(
            QStringLiteral("list.txt"),
            "otpauth://totp/GitHub:octocat?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&digits=8\n"
            "otpauth://totp/Broken:me?secret=1111\n"
            "otpauth://hotp/GitLab:say%20%22hi%22%20%5C%20bye?secret=JBSWY3DPEHPK3PXP&counter=4\n"
            "otpauth://steam/Steam:gamer?secret=JBSWY3DPEHPK3PXQ\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_vault.isValid());
        QCOMPARE(runTwofold(withVault({QStringLiteral("init")})).exitCode, 0);
    }

    void inspectJson()
    {
        const CliResult result = runTwofold({QStringLiteral("inspect"), uriList(), QStringLiteral("--json")});
        QCOMPARE(result.exitCode, 1); // one entry rejected
        QVERIFY2(result.err.contains(QLatin1String("Broken")), qPrintable(result.err));
        const QJsonObject json = document(result);
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("otpauth-list"));
        const QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 3);
        const QJsonObject first = accounts.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("totp"));
        QCOMPARE(first.value(QStringLiteral("issuer")).toString(), QStringLiteral("GitHub"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("octocat"));
        QCOMPARE(first.value(QStringLiteral("favourite")).toBool(), false);
        // The URI holds the secret, as `inspect` prints it without --json.
        QVERIFY(first.value(QStringLiteral("uri"))
                    .toString()
                    .startsWith(QLatin1String("otpauth://totp/GitHub:octocat?secret=") + secret));
        QCOMPARE(accounts.at(1)[QStringLiteral("name")].toString(), QStringLiteral("say \"hi\" \\ bye"));
        QCOMPARE(accounts.at(2)[QStringLiteral("type")].toString(), QStringLiteral("steam"));
        const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
        QCOMPARE(rejected.size(), 1);
        QVERIFY(rejected.at(0)[QStringLiteral("label")].toString().contains(QLatin1String("Broken")));
        QVERIFY(!rejected.at(0)[QStringLiteral("reason")].toString().isEmpty());
    }

    void importJson()
    {
        const QStringList import = withVault({QStringLiteral("import"), uriList(), QStringLiteral("--json")});
        CliResult result = runTwofold(import);
        QCOMPARE(result.exitCode, 1); // the rejected entry
        QJsonObject json = document(result);
        QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 3);
        for (const QJsonValue &account : accounts) {
            QCOMPARE(account[QStringLiteral("status")].toString(), QStringLiteral("added"));
            QCOMPARE(account[QStringLiteral("uuid")].toString().size(), 36);
            QVERIFY(!account.toObject().contains(QStringLiteral("uri")));
        }
        QCOMPARE(accounts.at(1)[QStringLiteral("type")].toString(), QStringLiteral("hotp"));
        QCOMPARE(accounts.at(1)[QStringLiteral("name")].toString(), QStringLiteral("say \"hi\" \\ bye"));
        QCOMPARE(json.value(QStringLiteral("rejected")).toArray().size(), 1);
        QVERIFY(!result.out.contains(secret));
        m_github = accounts.at(0)[QStringLiteral("uuid")].toString();

        // Again: every one is now a duplicate of the account just added.
        result = runTwofold(import);
        json = document(result);
        accounts = json.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0)[QStringLiteral("status")].toString(), QStringLiteral("duplicate"));
        QCOMPARE(accounts.at(0)[QStringLiteral("uuid")].toString(), m_github);
    }

    void listJson()
    {
        const CliResult result = runTwofold(withVault({QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = document(result);
        QCOMPARE(json.value(QStringLiteral("needingAttention")).toInt(-1), 0);
        const QJsonArray accounts = json.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 3);
        const QJsonObject first = accounts.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("uuid")).toString(), m_github);
        QCOMPARE(first.value(QStringLiteral("type")).toString(), QStringLiteral("totp"));
        QCOMPARE(first.value(QStringLiteral("issuer")).toString(), QStringLiteral("GitHub"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("octocat"));
        QCOMPARE(first.value(QStringLiteral("tags")).toArray(), QJsonArray());
        QCOMPARE(first.value(QStringLiteral("favourite")).toBool(true), false);
        QCOMPARE(accounts.at(1)[QStringLiteral("name")].toString(), QStringLiteral("say \"hi\" \\ bye"));
        QVERIFY(!result.out.contains(secret));
        QVERIFY(!result.out.contains(QLatin1String("JBSWY3DPEHPK3PXP")));
    }

    void showJson()
    {
        // RFC 6238's SHA-1 vector at T = 59 s: 94287082, valid until the step ends at 60 s.
        CliResult result =
            runTwofold(withVault({QStringLiteral("show"), QStringLiteral("github"), QStringLiteral("--time"),
                                  QStringLiteral("59"), QStringLiteral("--json")}));
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QJsonObject json = document(result);
        QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("94287082"));
        QCOMPARE(json.value(QStringLiteral("validUntil")).toInteger(), 60);
        QCOMPARE(json.value(QStringLiteral("uuid")).toString(), m_github);
        QCOMPARE(json.value(QStringLiteral("issuer")).toString(), QStringLiteral("GitHub"));
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("totp"));
        QVERIFY(!result.out.contains(secret));

        // The next code is valid for the step after the current one.
        result = runTwofold(
            withVault({QStringLiteral("show"), QStringLiteral("github"), QStringLiteral("--time"),
                       QStringLiteral("1111111079"), QStringLiteral("--next"), QStringLiteral("--json")}));
        json = document(result);
        QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("07081804"));
        QCOMPARE(json.value(QStringLiteral("validUntil")).toInteger(), 1111111110);

        // A counter-based code never expires: null.
        result = runTwofold(
            withVault({QStringLiteral("show"), QStringLiteral("GitLab"), QStringLiteral("--json")}));
        QCOMPARE(result.exitCode, 0);
        json = document(result);
        QCOMPARE(json.value(QStringLiteral("type")).toString(), QStringLiteral("hotp"));
        QCOMPARE(json.value(QStringLiteral("code")).toString().size(), 6);
        QVERIFY(json.contains(QStringLiteral("validUntil")));
        QVERIFY(json.value(QStringLiteral("validUntil")).isNull());
    }

    void errorsStayOnStderr()
    {
        // No document at all when the command fails: stdout stays empty, the exit code tells why.
        const QString wrong = m_vault.writeFile(QStringLiteral("wrong"), "wrong horse\n");
        const CliResult result =
            runTwofold({QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--vault"),
                        m_vault.path(), QStringLiteral("--password-file"), wrong});
        QCOMPARE(result.exitCode, 3);
        QCOMPARE(result.out, QString());
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliJson)
#include "tst_cli_json.moc"
