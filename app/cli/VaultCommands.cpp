// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/VaultCommands.h"

#include "ErrorText.h"
#include "accounts/DisplayText.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/PasswordSource.h"
#include "crypto/ConstantTime.h"
#include "keyring/Keyring.h"
#include "storage/AtomicFile.h"
#include "time/CorrectedClock.h"
#include "vault/RollbackGuard.h"
#include "vault/VaultFile.h"
#include "vault/VaultStore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace twofold {

namespace {
const QCommandLineOption vaultOption(QStringLiteral("vault"), QString(), QStringLiteral("PATH"));
const QCommandLineOption passwordFileOption(QStringLiteral("password-file"), QString(),
                                            QStringLiteral("FILE"));

// Names from imported files may hold tabs, newlines or bidi overrides; the output keeps one clean
// account per line, as the window shows it.
QString field(const QString &text)
{
    return DisplayText::clean(text);
}

// An older vault than the one last opened here still opens; one stderr line says so.
int warnIfRolledBack(QTextStream &err, const VaultStore &store)
{
    if (const auto &rollback = store.rollback()) {
        err << "twofold: " << ErrorText::rollback(*rollback) << '\n';
        err.flush();
    }
    return ExitOk;
}

// What `list --json` and `show --json` tell about an account: never its secret. JSON escapes any control
// character, so the names are given exactly as stored.
QJsonObject accountJson(const Account &account)
{
    return {{QStringLiteral("uuid"), JsonOutput::uuid(account.uuid)},
            {QStringLiteral("type"), otpTypeName(account.parameters.type())},
            {QStringLiteral("issuer"), account.issuer},
            {QStringLiteral("name"), account.name},
            {QStringLiteral("tags"), QJsonArray::fromStringList(account.tags)},
            {QStringLiteral("favourite"), account.favourite}};
}

} // namespace

QString VaultCommands::vaultPath(const QCommandLineParser &parser)
{
    return parser.isSet(vaultOption) ? parser.value(vaultOption) : VaultStore::defaultPath();
}

QString VaultCommands::passwordFile(const QCommandLineParser &parser)
{
    return parser.value(passwordFileOption);
}

VaultCommands::VaultCommands(QTextStream &out, QTextStream &err, QTextStream &in)
    : m_out(out)
    , m_err(err)
    , m_in(in)
{}

int VaultCommands::usageError(const QString &message)
{
    m_err << "twofold: " << message << '\n';
    m_err.flush();
    return ExitBadInput;
}

int VaultCommands::report(const Error &error, const QString &addendum)
{
    m_err << "twofold: " << ErrorText::describe(error) << addendum << '\n';
    m_err.flush();
    return exitCodeFor(error);
}

bool VaultCommands::parse(QCommandLineParser &parser, const QStringList &arguments, int &exitCode)
{
    parser.addOption(vaultOption);
    parser.addOption(passwordFileOption);
    if (!parser.parse(arguments)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    return true;
}

int VaultCommands::unlock(QCommandLineParser &parser, VaultStore &store)
{
    if (!store.exists())
        return report({ErrorCode::VaultNotFound, store.path()});
    store.setRollbackGuard(&RollbackGuard::system());
    if (!parser.isSet(passwordFileOption)) {
        // "Unlock without a password on this computer": the keyring slot, when the vault has one.
        const auto id = store.keyringSlotId();
        if (!id)
            return report(id.error());
        if (!id->isEmpty()) {
            const auto key = Keyring::readBlocking(*id);
            if (key && store.unlockWithKeyring(*key))
                return warnIfRolledBack(m_err, store);
            m_err << "twofold: "
                  << tr("the desktop keyring did not unlock the vault (%1); using the password")
                         .arg(key ? ErrorText::describe({ErrorCode::VaultWrongPassword}) : key.error().detail)
                  << '\n';
            m_err.flush();
        }
    }
    const auto password = PasswordSource(parser.value(passwordFileOption)).read(tr("Vault password: "));
    if (!password)
        return report(password.error());
    const auto unlocked = store.unlock(*password);
    if (unlocked)
        return warnIfRolledBack(m_err, store);
    if (unlocked.error().code != ErrorCode::VaultDamaged)
        return report(unlocked.error());
    // Offer the newest backup that really opens with this password.
    for (const QString &backup : store.backups()) {
        if (VaultStore::read(backup, [&](const VaultFile &file) { return file.unlock(*password); }))
            return report(unlocked.error(),
                          QLatin1Char(' ') + tr("Newest backup that opens: %1").arg(backup));
    }
    return report(unlocked.error(), QLatin1Char(' ') + tr("No backup opens with this password either."));
}

std::optional<SecureBytes> VaultCommands::readNewPassword(const QString &file, const QString &prompt,
                                                          const QString &mismatch, int &exitCode)
{
    const PasswordSource source(file);
    auto password = source.read(prompt);
    if (!password) {
        exitCode = report(password.error());
        return std::nullopt;
    }
    if (source.isInteractive()) {
        const auto again = source.read(tr("Repeat the password: "));
        if (!again) {
            exitCode = report(again.error());
            return std::nullopt;
        }
        if (!ConstantTime::equal(*again, *password)) {
            exitCode = usageError(mismatch);
            return std::nullopt;
        }
    }
    return std::move(*password);
}

int VaultCommands::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            tr("init: unexpected argument “%1”").arg(parser.positionalArguments().constFirst()));

    VaultStore store(vaultPath(parser));
    if (store.exists())
        return report({ErrorCode::VaultAlreadyExists, store.path()});
    const auto password = readNewPassword(parser.value(passwordFileOption), tr("New vault password: "),
                                          tr("init: the passwords differ; nothing was created"), exitCode);
    if (!password)
        return exitCode;
    const auto kdf = KdfParameters::defaultArgon2id(RandomSource::system().bytes(16).toByteArray());
    if (const auto created = store.create(*password, kdf); !created)
        return report(created.error());
    m_out << store.path() << '\n';
    return ExitOk;
}

int VaultCommands::list(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = JsonOutput::option();
    parser.addOption(jsonOption);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    VaultStore store(vaultPath(parser));
    if (const int unlocked = unlock(parser, store); unlocked != ExitOk)
        return unlocked;
    const auto problems = store.entriesNeedingAttention();
    if (parser.isSet(jsonOption)) {
        QJsonArray accounts;
        for (const Account &account : store.accounts())
            accounts.append(accountJson(account));
        JsonOutput::write(m_out, {{QStringLiteral("accounts"), accounts},
                                  {QStringLiteral("needingAttention"), int(problems.size())}});
    } else {
        for (const Account &account : store.accounts())
            m_out << account.uuid.toString(QUuid::WithoutBraces) << '\t'
                  << otpTypeName(account.parameters.type()) << '\t' << field(account.issuer) << '\t'
                  << field(account.name) << '\n';
    }
    if (!problems.isEmpty()) {
        m_err << "twofold: "
              << tr("%n stored entries need attention (kept unchanged).", "", int(problems.size())) << '\n';
        return ExitPartial;
    }
    return ExitOk;
}

int VaultCommands::show(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption timeOption(QStringLiteral("time"), QString(), QStringLiteral("UNIX_SECONDS"));
    const QCommandLineOption nextOption(QStringLiteral("next"));
    const QCommandLineOption jsonOption = JsonOutput::option();
    parser.addOptions({timeOption, nextOption, jsonOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("show: give exactly one QUERY (issuer, name or uuid)"));
    const QString query = parser.positionalArguments().constFirst();
    qint64 time = QDateTime::currentSecsSinceEpoch();
    if (parser.isSet(timeOption)) {
        bool ok = false;
        time = parser.value(timeOption).toLongLong(&ok);
        if (!ok)
            return usageError(tr("show: --time needs a Unix time in whole seconds"));
    }

    VaultStore store(vaultPath(parser));
    if (const int unlocked = unlock(parser, store); unlocked != ExitOk)
        return unlocked;
    if (!parser.isSet(timeOption)) // "now" is the vault's corrected time, as in the window
        time = CorrectedClock(&Clock::system(), store.timeCorrection()).currentMSecs() / 1000;

    // Exact matches (issuer, name, "issuer:name", uuid) win over partial ones.
    QList<Account> exact, partial;
    for (const Account &account : store.accounts()) {
        const QString label = account.issuer + QLatin1Char(':') + account.name;
        const QString uuid = account.uuid.toString(QUuid::WithoutBraces);
        if (account.issuer.compare(query, Qt::CaseInsensitive) == 0 ||
            account.name.compare(query, Qt::CaseInsensitive) == 0 ||
            label.compare(query, Qt::CaseInsensitive) == 0 || uuid == query.toLower())
            exact << account;
        else if (label.contains(query, Qt::CaseInsensitive) || uuid.startsWith(query.toLower()))
            partial << account;
    }
    const QList<Account> &matches = exact.isEmpty() ? partial : exact;
    if (matches.isEmpty())
        return report({ErrorCode::AccountNotFound, query});
    if (matches.size() > 1) {
        m_err << "twofold: " << ErrorText::describe({ErrorCode::AccountAmbiguous, query}) << '\n';
        for (const Account &account : matches)
            m_err << "  " << account.uuid.toString(QUuid::WithoutBraces) << '\t' << field(account.issuer)
                  << '\t' << field(account.name) << '\n';
        m_err.flush();
        return ExitBadInput;
    }

    const Account &account = matches.constFirst();
    const bool next = parser.isSet(nextOption);
    const auto code =
        store.code(account.uuid, time, next ? OtpGenerator::Step::Next : OtpGenerator::Step::Current);
    if (!code)
        return report(code.error());
    if (account.parameters.type() == OtpType::Hotp && !next) {
        // A counter-based code is used up once shown: move to the next counter before printing it.
        Account advanced = account;
        const OtpParameters &p = account.parameters;
        const auto parameters =
            OtpParameters::create(p.type(), p.algorithm(), p.digits(), p.period(), p.counter() + 1);
        if (!parameters)
            return report(parameters.error());
        advanced.parameters = *parameters;
        if (const auto saved = store.update(advanced).and_then([&] { return store.save(); }); !saved)
            return report(saved.error());
    }
    if (const auto &warning = store.saveWarning())
        m_err << "twofold: " << tr("saved, with a warning: %1").arg(ErrorText::describe(*warning)) << '\n';
    if (parser.isSet(jsonOption)) {
        QJsonObject document = accountJson(account);
        document.insert(QStringLiteral("code"), *code);
        // When a time-based code stops being valid; counter-based codes do not expire.
        const qint64 period = account.parameters.period();
        document.insert(QStringLiteral("validUntil"),
                        account.parameters.isTimeBased()
                            ? QJsonValue((time / period + (next ? 2 : 1)) * period)
                            : QJsonValue());
        JsonOutput::write(m_out, document);
    } else {
        m_out << *code << '\n';
    }
    return ExitOk;
}

int VaultCommands::add(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption duplicateOption(QStringLiteral("allow-duplicate"));
    parser.addOption(duplicateOption);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("add: give exactly one otpauth:// URI (or - to read it from standard input)"));
    QString text = parser.positionalArguments().constFirst();
    if (text == QLatin1String("-"))
        text = m_in.readLine();
    const auto uri = OtpAuthUri::parse(text.toUtf8());
    if (!uri)
        return report(uri.error());

    VaultStore store(vaultPath(parser));
    if (const int unlocked = unlock(parser, store); unlocked != ExitOk)
        return unlocked;
    if (const auto duplicate = store.findDuplicate(*uri); duplicate && !parser.isSet(duplicateOption)) {
        const auto existing = store.account(*duplicate);
        m_err << "twofold: "
              << tr("this secret is already in the vault as “%1” (%2); nothing was added (--allow-duplicate "
                    "adds it "
                    "anyway)")
                     .arg(field(existing->issuer + QLatin1Char(':') + existing->name),
                          duplicate->toString(QUuid::WithoutBraces))
              << '\n';
        m_err.flush();
        return ExitPartial;
    }
    const auto added = store.add(*uri);
    if (!added)
        return report(added.error());
    if (const auto saved = store.save(); !saved)
        return report(saved.error());
    if (const auto &warning = store.saveWarning())
        m_err << "twofold: " << tr("saved, with a warning: %1").arg(ErrorText::describe(*warning)) << '\n';
    m_out << added->uuid.toString(QUuid::WithoutBraces) << '\n';
    return ExitOk;
}

} // namespace twofold
