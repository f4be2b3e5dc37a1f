// SPDX-License-Identifier: GPL-3.0-or-later
#include "TwofoldImporter.h"

#include "formats/ImportBuilder.h"
#include "formats/KdfBudget.h"
#include "vault/VaultOpener.h"

namespace twofold {

namespace {

// The vault's own errors, in the terms every importer uses.
Error asImportError(const Error &error)
{
    const QString format = QStringLiteral("twofold");
    switch (error.code) {
    case ErrorCode::VaultWrongPassword:
        return {ErrorCode::ImportWrongPassword, {}, format};
    case ErrorCode::VaultDamaged:
        return {ErrorCode::ImportDamaged, error.detail, format};
    case ErrorCode::VaultNewerVersion:
        return {ErrorCode::ImportUnsupported, error.detail, format, ErrorReason::Version};
    default:
        return error;
    }
}

} // namespace

std::optional<ImportFormat::Protection> TwofoldImporter::detect(const ImportInput &input)
{
    if (!input.bytes().startsWith("TWOFOLD-VAULT "))
        return std::nullopt;
    return ImportFormat::Protection::Password;
}

Expected<ImportResult> TwofoldImporter::read(const ImportInput &input, const SecureBytes &password)
{
    const auto unlockWithinBudget = [&](const VaultFile &file) -> Expected<VaultKeys> {
        // A foreign vault chooses its slots' costs: all of them together must fit the budget before the
        // first.
        qsizetype passwordSlots = 0;
        quint64 work = 0;
        for (const VaultSlot &slot : file.unlockSlots()) {
            if (slot.type == VaultSlot::Type::Password) {
                ++passwordSlots;
                work = KdfBudget::sum(work, KdfBudget::work(slot.kdf));
            }
        }
        if (const auto within = KdfBudget::check(QStringLiteral("twofold"), passwordSlots, work); !within)
            return std::unexpected(within.error());
        return file.unlock(password);
    };
    const auto opened = VaultOpener::openBytes(input.bytes(), unlockWithinBudget);
    if (!opened)
        return std::unexpected(asImportError(opened.error()));
    const VaultContents *contents = &opened->contents;

    ImportBuilder builder(QStringLiteral("twofold"));
    builder.setMaxFieldBytes(VaultFile::maxFileSize);
    for (const VaultEntry &entry : contents->entries) {
        if (!entry.account) {
            builder.reject(QString(), QString(), entry.problem.value_or(Error{ErrorCode::VaultDamaged}));
            continue;
        }
        const Account &account = *entry.account;
        const OtpParameters &p = account.parameters;
        builder.add({account.issuer, account.name, entry.secret, p.type(), p.algorithm(), p.digits(),
                     p.period(), p.counter(), account.tags, account.note, account.favourite});
    }
    return builder.finish();
}

} // namespace twofold
