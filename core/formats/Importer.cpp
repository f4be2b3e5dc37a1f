// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "formats/AegisImporter.h"
#include "formats/AndOtpImporter.h"
#include "formats/AuthenticatorPlusImporter.h"
#include "formats/AuthenticatorProDbImporter.h"
#include "formats/AuthenticatorProImporter.h"
#include "formats/AuthyImporter.h"
#include "formats/BattleNetImporter.h"
#include "formats/BitwardenAuthenticatorImporter.h"
#include "formats/BitwardenImporter.h"
#include "formats/DuoImporter.h"
#include "formats/EnteImporter.h"
#include "formats/FreeOtpImporter.h"
#include "formats/FreeOtpPlusImporter.h"
#include "formats/GoogleAuthenticatorDbImporter.h"
#include "formats/ImportLimits.h"
#include "formats/LastPassImporter.h"
#include "formats/MicrosoftAuthenticatorImporter.h"
#include "formats/MigrationTextImporter.h"
#include "formats/OtpAuthListImporter.h"
#include "formats/ProtonImporter.h"
#include "formats/RaivoImporter.h"
#include "formats/SteamImporter.h"
#include "formats/TotpAuthenticatorImporter.h"
#include "formats/TwoFasImporter.h"
#include "formats/TwofoldImporter.h"
#include "formats/WinAuthImporter.h"
#include "formats/kdbx/KdbxImporter.h"
#include "storage/AtomicFile.h"

namespace twofold {

namespace {

template<typename Reader> ImportFormat row(const char *id, const char *name)
{
    return {id, name, &Reader::detect, &Reader::read};
}

Expected<const ImportFormat *> find(const ImportInput &input, ImportFormat::Protection *protection)
{
    if (input.bytes().size() > ImportLimits::maxFileBytes)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::FileTooLarge);
    if (input.bytes().trimmed().isEmpty())
        return fail(ErrorCode::ImportUnknownFormat, ErrorReason::EmptyFile);
    for (const ImportFormat &format : Importer::formats()) {
        if (const auto found = format.detect(input)) {
            *protection = *found;
            return &format;
        }
    }
    return fail(ErrorCode::ImportUnknownFormat);
}

} // namespace

const QList<ImportFormat> &Importer::formats()
{
    // Order matters only where one format's content is a subset of another's: the line-based text formats
    // come last.
    static const QList<ImportFormat> table = {
        row<TwofoldImporter>("twofold", "Twofold"),
        row<KdbxImporter>("keepassxc", "KeePassXC"),
        row<AegisImporter>("aegis", "Aegis"),
        row<TwoFasImporter>("2fas", "2FAS"),
        row<BitwardenAuthenticatorImporter>("bitwarden-authenticator", "Bitwarden Authenticator"),
        row<BitwardenImporter>("bitwarden", "Bitwarden"),
        row<EnteImporter>("ente", "Ente Auth"),
        row<LastPassImporter>("lastpass", "LastPass Authenticator"),
        row<ProtonImporter>("proton", "Proton Authenticator"),
        row<SteamImporter>("steam", "Steam"),
        row<DuoImporter>("duo", "Duo Mobile"),
        row<AuthyImporter>("authy", "Authy"),
        row<BattleNetImporter>("battle-net", "Battle.net Authenticator"),
        row<FreeOtpImporter>("freeotp", "FreeOTP"),
        row<FreeOtpPlusImporter>("freeotp-plus", "FreeOTP+"),
        row<AuthenticatorProImporter>("authenticator-pro", "Authenticator Pro"),
        row<AuthenticatorProDbImporter>("authenticator-pro-db", "Authenticator Pro"),
        row<GoogleAuthenticatorDbImporter>("google-authenticator-db", "Google Authenticator"),
        row<MicrosoftAuthenticatorImporter>("microsoft-authenticator", "Microsoft Authenticator"),
        row<WinAuthImporter>("winauth", "WinAuth"),
        row<RaivoImporter>("raivo", "Raivo OTP"),
        // Headerless binary files, recognised by shape alone: after every format with a magic number or a
        // structure. SQLCipher (random-looking whole 1 KiB pages) before andOTP (anything binary).
        row<AuthenticatorPlusImporter>("authenticator-plus", "Authenticator Plus"),
        row<AndOtpImporter>("andotp", "andOTP"),
        // Recognised as base64 text that is no other format's: after every binary and JSON format.
        row<TotpAuthenticatorImporter>("totp-authenticator", "TOTP Authenticator"),
        row<MigrationTextImporter>("google-migration", "Google Authenticator"),
        row<OtpAuthListImporter>("otpauth-list", "otpauth:// links"),
    };
    return table;
}

const ImportFormat *Importer::format(QStringView id)
{
    for (const ImportFormat &format : formats()) {
        if (QLatin1StringView(format.id) == id)
            return &format;
    }
    return nullptr;
}

Expected<Importer::Detection> Importer::detect(const QByteArray &data)
{
    const ImportInput input(data);
    ImportFormat::Protection protection{};
    return find(input, &protection).transform([&](const ImportFormat *format) {
        return Detection{format, protection == ImportFormat::Protection::Password};
    });
}

bool Importer::formatTakesKeyFile(const ImportFormat &format)
{
    return format.read == &KdbxImporter::read;
}

Expected<ImportResult> Importer::read(const QByteArray &data, const SecureBytes &password,
                                      const SecureBytes &keyFile)
{
    const ImportInput input(data, keyFile);
    ImportFormat::Protection protection{};
    auto format = find(input, &protection);
    if (!format)
        return std::unexpected(format.error());
    if (protection == ImportFormat::Protection::Password && password.isEmpty() && keyFile.isEmpty())
        return failImport(ErrorCode::ImportPasswordNeeded, QLatin1StringView((*format)->id));
    auto result = (*format)->read(input, password);
    if (result)
        result->format = QLatin1StringView((*format)->id);
    return result;
}

Expected<QByteArray> Importer::readFile(const QString &path)
{
    auto bytes = AtomicFile::read(path, ImportLimits::maxFileBytes);
    if (!bytes && bytes.error().code == ErrorCode::VaultNotFound)
        return fail(ErrorCode::FileNotFound, path);
    if (!bytes && bytes.error().code == ErrorCode::VaultDamaged)
        return fail(ErrorCode::ImportTooLarge, ErrorReason::FileTooLarge);
    return bytes;
}

} // namespace twofold
