// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/TransferCommands.h"

#include "ErrorText.h"
#include "accounts/DisplayText.h"
#include "cli/ExitCode.h"
#include "cli/JsonOutput.h"
#include "cli/PasswordSource.h"
#include "crypto/WipedBytes.h"
#include "formats/Importer.h"
#include "otp/OtpType.h"
#include "vault/ImportReview.h"
#include "vault/VaultStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace twofold {

std::variant<ImportResult, int> TransferCommands::readImport(const QString &path, const QString &passwordFile,
                                                             const QString &keyFile)
{
    const auto bytes = Importer::readFile(path);
    if (!bytes)
        return report(bytes.error());
    const auto detected = Importer::detect(*bytes);
    if (!detected)
        return report(detected.error());
    SecureBytes key;
    if (!keyFile.isEmpty()) {
        auto keyBytes = Importer::readFile(keyFile);
        if (!keyBytes)
            return report(keyBytes.error());
        key = SecureBytes(*keyBytes);
        WipedBytes::wipe(*keyBytes);
    }
    SecureBytes password;
    // With a key file the password is optional (KeePass databases unlocked by the key file alone): it is
    // read from --password-file when given, never prompted for.
    if (detected->needsPassword && (keyFile.isEmpty() || !passwordFile.isEmpty())) {
        //: %1 is an app name such as Aegis
        const QString prompt =
            tr("Password of the %1 file: ").arg(QString::fromLatin1(detected->format->name));
        auto typed = PasswordSource(passwordFile).read(prompt);
        if (!typed)
            return report(typed.error());
        password = std::move(*typed);
    }
    auto result = Importer::read(*bytes, password, key);
    if (!result)
        return report(result.error());
    return std::move(*result);
}

void TransferCommands::reportRejected(const QList<ImportProblem> &rejected)
{
    for (const ImportProblem &problem : rejected) {
        m_err << "twofold: "
              << tr("rejected “%1”: %2")
                     .arg(DisplayText::clean(problem.label), ErrorText::describe(problem.error))
              << '\n';
    }
    m_err.flush();
}

int TransferCommands::inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption = JsonOutput::option();
    const QCommandLineOption keyFileOption = TransferCommands::keyFileOption();
    parser.addOptions({jsonOption, keyFileOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("inspect: give exactly one FILE"));
    auto read = readImport(parser.positionalArguments().constFirst(), passwordFile(parser),
                           parser.value(keyFileOption));
    if (const int *failed = std::get_if<int>(&read))
        return *failed;
    const ImportResult &result = std::get<ImportResult>(read);
    if (parser.isSet(jsonOption)) {
        // The otpauth URI carries the secret, as the plain output does; nothing else secret is added.
        QJsonArray accounts;
        for (const ImportedAccount &account : result.accounts)
            accounts.append(
                QJsonObject{{QStringLiteral("type"), otpTypeName(account.otp.parameters().type())},
                            {QStringLiteral("issuer"), account.otp.issuer()},
                            {QStringLiteral("name"), account.otp.name()},
                            {QStringLiteral("tags"), QJsonArray::fromStringList(account.tags)},
                            {QStringLiteral("favourite"), account.favourite},
                            {QStringLiteral("uri"), QString::fromUtf8(account.otp.toUri().toByteArray())}});
        JsonOutput::write(m_out, {{QStringLiteral("format"), result.format},
                                  {QStringLiteral("accounts"), accounts},
                                  {QStringLiteral("rejected"), JsonOutput::rejected(result.rejected)}});
    } else {
        for (const ImportedAccount &account : result.accounts)
            m_out << QString::fromUtf8(account.otp.toUri().toByteArray()) << '\n';
    }
    m_out.flush();
    reportRejected(result.rejected);
    return result.rejected.isEmpty() ? ExitOk : ExitPartial;
}

int TransferCommands::importFile(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption importPasswordOption(QStringLiteral("import-password-file"), QString(),
                                                  QStringLiteral("FILE"));
    const QCommandLineOption duplicatesOption(QStringLiteral("duplicates"), QString(),
                                              QStringLiteral("skip|add"), QStringLiteral("skip"));
    const QCommandLineOption jsonOption = JsonOutput::option();
    const QCommandLineOption keyFileOption = TransferCommands::keyFileOption();
    parser.addOptions({importPasswordOption, duplicatesOption, jsonOption, keyFileOption});
    int exitCode = ExitOk;
    if (!parse(parser, arguments, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usageError(tr("import: give exactly one FILE"));
    const QString duplicates = parser.value(duplicatesOption);
    if (duplicates != u"skip" && duplicates != u"add")
        return usageError(tr("import: --duplicates takes skip or add"));

    // The file first: a wrong import password should not cost a vault unlock.
    auto read = readImport(parser.positionalArguments().constFirst(), parser.value(importPasswordOption),
                           parser.value(keyFileOption));
    if (const int *failed = std::get_if<int>(&read))
        return *failed;

    VaultStore store(vaultPath(parser));
    if (const int unlocked = unlock(parser, store); unlocked != ExitOk)
        return unlocked;
    const QList<ImportProblem> rejected = std::get<ImportResult>(read).rejected;
    const QString format = std::get<ImportResult>(read).format;
    const ImportReview review(store, std::move(std::get<ImportResult>(read)));
    QList<int> chosen = review.newOnes();
    if (duplicates == u"add") {
        chosen.clear();
        for (int i = 0; i < review.candidates().size(); ++i)
            chosen.append(i);
    }
    const auto added = review.apply(store, chosen);
    if (!added)
        return report(added.error());
    if (!added->isEmpty()) {
        if (const auto saved = store.save(); !saved)
            return report(saved.error());
    }

    const bool json = parser.isSet(jsonOption);
    QJsonArray accounts;
    qsizetype next = 0;
    for (int i = 0; i < review.candidates().size(); ++i) {
        const ImportReview::Candidate &candidate = review.candidates().at(i);
        if (candidate.status == ImportReview::Status::Rejected)
            continue;
        const bool wasAdded = chosen.contains(i);
        const QUuid uuid = wasAdded ? added->at(next++).uuid : candidate.duplicateOf;
        const QString status = wasAdded ? QStringLiteral("added") : QStringLiteral("duplicate");
        if (json)
            accounts.append(QJsonObject{{QStringLiteral("status"), status},
                                        {QStringLiteral("uuid"), JsonOutput::uuid(uuid)},
                                        {QStringLiteral("type"), candidate.type},
                                        {QStringLiteral("issuer"), candidate.issuer},
                                        {QStringLiteral("name"), candidate.name}});
        else
            m_out << status << '\t'
                  << (uuid.isNull() ? QStringLiteral("-") : uuid.toString(QUuid::WithoutBraces)) << '\t'
                  << DisplayText::clean(candidate.issuer) << '\t' << DisplayText::clean(candidate.name)
                  << '\n';
    }
    if (json)
        JsonOutput::write(m_out, {{QStringLiteral("format"), format},
                                  {QStringLiteral("accounts"), accounts},
                                  {QStringLiteral("rejected"), JsonOutput::rejected(rejected)}});
    m_out.flush();
    reportRejected(rejected);
    if (const auto &warning = store.saveWarning())
        m_err << "twofold: " << tr("saved, with a warning: %1").arg(ErrorText::describe(*warning)) << '\n';
    m_err.flush();
    return !rejected.isEmpty() || added->isEmpty() ? ExitPartial : ExitOk;
}

QCommandLineOption TransferCommands::keyFileOption()
{
    return QCommandLineOption(QStringLiteral("key-file"), QString(), QStringLiteral("FILE"));
}

} // namespace twofold
