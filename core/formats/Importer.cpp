#include "Importer.h"

#include "formats/AuthenticatorPlusImporter.h"
#include "formats/AuthenticatorProDbImporter.h"
#include "formats/AuthenticatorProImporter.h"
#include "formats/FreeOtpImporter.h"
#include "formats/FreeOtpPlusImporter.h"
#include "formats/GoogleAuthenticatorDbImporter.h"
#include "formats/ImportLimits.h"
#include "formats/MicrosoftAuthenticatorImporter.h"
#include "formats/MigrationTextImporter.h"
#include "formats/OtpAuthListImporter.h"
#include "formats/RaivoImporter.h"
#include "formats/WinAuthImporter.h"

namespace twofold {

namespace {

template<typename Reader> ImportFormat row(const char *id, const char *name)
{
    return {id, name, &Reader::detect, &Reader::read};
}

Expected<const ImportFormat *> find(const ImportInput &input, ImportFormat::Protection *protection)
{
    if (input.bytes().size() > ImportLimits::maxFileBytes)
        return fail(ErrorCode::ImportTooLarge, QStringLiteral("file"));
    if (input.bytes().trimmed().isEmpty())
        return fail(ErrorCode::ImportUnknownFormat, QStringLiteral("empty"));
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
        row<FreeOtpImporter>("freeotp", "FreeOTP"),
        row<FreeOtpPlusImporter>("freeotp-plus", "FreeOTP+"),
        row<AuthenticatorProImporter>("authenticator-pro", "Authenticator Pro"),
        row<AuthenticatorProDbImporter>("authenticator-pro-db", "Authenticator Pro"),
        row<GoogleAuthenticatorDbImporter>("google-authenticator-db", "Google Authenticator"),
        row<MicrosoftAuthenticatorImporter>("microsoft-authenticator", "Microsoft Authenticator"),
        row<WinAuthImporter>("winauth", "WinAuth"),
        row<RaivoImporter>("raivo", "Raivo OTP"),
        // Also claims headerless, random-looking files in whole 1 KiB pages (SQLCipher): after every
        // format with a magic number or a structure.
        row<AuthenticatorPlusImporter>("authenticator-plus", "Authenticator Plus"),
        row<MigrationTextImporter>("google-migration", "Google Authenticator"),
        row<OtpAuthListImporter>("otpauth-list", "otpauth"),
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

Expected<ImportResult> Importer::read(const QByteArray &data, const SecureBytes &password)
{
    const ImportInput input(data);
    ImportFormat::Protection protection{};
    auto format = find(input, &protection);
    if (!format)
        return std::unexpected(format.error());
    if (protection == ImportFormat::Protection::Password && password.isEmpty())
        return fail(ErrorCode::ImportPasswordNeeded, QLatin1StringView((*format)->id));
    auto result = (*format)->read(input, password);
    if (result)
        result->format = QLatin1StringView((*format)->id);
    return result;
}

} // namespace twofold
