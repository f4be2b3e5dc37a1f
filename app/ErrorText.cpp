// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

#include "formats/ImportLimits.h"
#include "formats/Importer.h"
#include "formats/KdfBudget.h"
#include "otp/OtpParameters.h"
#include "qr/QrLimits.h"
#include "uri/OtpAuthUri.h"

#include <QLocale>

namespace twofold {

namespace {
constexpr qsizetype mebibyte = 1024 * 1024;
}

QString ErrorText::describe(const Error &error)
{
    const QString &d = error.detail;
    switch (error.code) {
    case ErrorCode::CryptoProviderMissing:
        return tr("The cryptography provider is incomplete (missing: %1). Install the QCA OpenSSL plugin "
                  "(package libqca-qt6-plugins) and start Twofold again.")
            .arg(d);
    case ErrorCode::Base32InvalidCharacter:
        return tr("The secret contains “%1”, which is not a base32 character (A–Z, 2–7).").arg(d);
    case ErrorCode::Base32Empty:
        return tr("The secret is empty.");
    case ErrorCode::SecretEmpty:
        return tr("The secret is empty.");
    case ErrorCode::SecretTooLong:
        return tr("The secret is %1 bytes long; at most %2 bytes are supported.")
            .arg(d)
            .arg(OtpAuthUri::maxSecretBytes);
    case ErrorCode::DigitsOutOfRange:
        return tr("A code of %1 digits is not supported: use %2 to %3 digits (Steam codes have %4).")
            .arg(d)
            .arg(OtpParameters::minDigits)
            .arg(OtpParameters::maxDigits)
            .arg(OtpParameters::steamDigits);
    case ErrorCode::PeriodOutOfRange:
        return tr("A period of %1 seconds is not supported: use 1 to %2 seconds.")
            .arg(d)
            .arg(OtpParameters::maxPeriod);
    case ErrorCode::TimeOutOfRange:
        return tr("The time %1 is before 1970; codes need a time of 0 or later.").arg(d);
    case ErrorCode::CounterOutOfRange:
        return tr("The counter cannot go any higher.");
    case ErrorCode::UriTooLong:
        return tr("The link is %1 bytes long; otpauth links are at most %2 bytes.")
            .arg(d)
            .arg(OtpAuthUri::maxLength);
    case ErrorCode::UriNotUtf8:
        //: %1 is a part of a link such as "label" or "issuer"
        return tr("The link's %1 is not valid UTF-8 text.").arg(d);
    case ErrorCode::UriBadScheme:
        return tr("This is not an otpauth:// link (it starts with “%1”).").arg(d);
    case ErrorCode::UriMissingType:
        return tr("The link does not say whether it is a totp or hotp account.");
    case ErrorCode::UriUnknownType:
        return tr("“%1” is not a known account type: use totp, hotp or steam.").arg(d);
    case ErrorCode::UriBadPercentEncoding:
        return tr("The link's %1 contains a broken %-escape.").arg(d);
    case ErrorCode::UriBadQuery:
        return tr("The link's parameter “%1” has no value.").arg(d);
    case ErrorCode::UriConflictingParameter:
        return tr("The link gives the parameter “%1” twice with different values.").arg(d);
    case ErrorCode::UriMissingSecret:
        return tr("The link has no secret.");
    case ErrorCode::UriUnknownAlgorithm:
        return tr("The algorithm “%1” is not supported: use SHA1, SHA256 or SHA512 (Steam uses SHA1).")
            .arg(d);
    case ErrorCode::UriBadDigits:
        return tr("The number of digits “%1” is not a number.").arg(d);
    case ErrorCode::UriBadPeriod:
        return tr("The period “%1” is not a number of seconds.").arg(d);
    case ErrorCode::UriMissingCounter:
        return tr("The hotp link has no counter.");
    case ErrorCode::UriBadCounter:
        return tr("The counter “%1” is not a whole number from 0 to 18446744073709551615.").arg(d);
    case ErrorCode::UriUnknownEncoder:
        return tr("The encoder “%1” is not supported (only steam is).").arg(d);
    case ErrorCode::MigrationBadData:
        return tr("The Google Authenticator transfer code is damaged (%1).").arg(d);
    case ErrorCode::UriControlCharacter:
        return tr("The link's %1 contains control characters.").arg(d);
    case ErrorCode::KdfParametersOutOfRange:
        return tr("The file asks for an unreasonable key-derivation cost (%1); it was refused before use.")
            .arg(d);
    case ErrorCode::KdfFailed:
        return tr("Deriving the key failed (%1); the computer may be out of memory.").arg(d);
    case ErrorCode::InvalidKey:
        return tr("An internal key has the wrong size.");
    case ErrorCode::AuthenticationFailed:
        return tr("The data could not be authenticated: it is damaged or the key is wrong.");
    case ErrorCode::VaultNotFound:
        return tr("There is no vault at %1. Create one with “twofold init”.").arg(d);
    case ErrorCode::VaultAlreadyExists:
        return tr("A vault already exists at %1; it was left untouched.").arg(d);
    case ErrorCode::VaultWrongPassword:
        return tr("Wrong password.");
    case ErrorCode::VaultDamaged:
        return tr("The vault file is damaged (%1). Restore the newest backup that opens.").arg(d);
    case ErrorCode::VaultNewerVersion:
        return tr("The vault was written by a newer Twofold (format %1). Update Twofold to open it; the file "
                  "was left untouched.")
            .arg(d);
    case ErrorCode::VaultNotAVault:
        return tr("This file is not a Twofold vault.");
    case ErrorCode::VaultBusy:
        return tr("Another Twofold process is saving the vault (%1); try again in a moment.").arg(d);
    case ErrorCode::VaultLocked:
        return tr("The vault is locked.");
    case ErrorCode::VaultChangedOnDisk:
        return tr("The vault was changed elsewhere with a different password. Unlock it again; your unsaved "
                  "changes are kept until then.");
    case ErrorCode::VaultNoKeyringSlot:
        return tr("This vault cannot be unlocked with the desktop keyring.");
    case ErrorCode::KeyringUnavailable:
        return tr("The desktop keyring is not available (%1). Use the password instead.").arg(d);
    case ErrorCode::VerifyFailed:
        return tr("Reading back %1 did not give what was written; nothing was replaced.").arg(d);
    case ErrorCode::DiskFull:
        return tr("The disk is full: %1 could not be written. The file on disk is unchanged; nothing was "
                  "lost.")
            .arg(d);
    case ErrorCode::PermissionDenied:
        return tr("Permission denied: %1. The file on disk is unchanged.").arg(d);
    case ErrorCode::IoError:
        return tr("Input/output error: %1. The file on disk is unchanged.").arg(d);
    case ErrorCode::AccountNotFound:
        return tr("No account matches “%1”.").arg(d);
    case ErrorCode::AccountAmbiguous:
        return tr("Several accounts match “%1”; be more specific.").arg(d);
    case ErrorCode::PasswordEmpty:
        return tr("The password is empty.");
    case ErrorCode::ImageUnreadable:
        return tr("Cannot read the image %1.").arg(d);
    case ErrorCode::ImageTooLarge:
        return tr("The image is too large to scan (%1); the limit is %2×%2 pixels and %3 MiB.")
            .arg(d)
            .arg(QrLimits::maxSide)
            .arg(QrLimits::maxFileBytes / mebibyte);
    case ErrorCode::PasswordTooLong:
        return tr("The password file is longer than %1 bytes; it should hold just the password.").arg(d);
    case ErrorCode::SavedNotDurable:
        return tr("%1 was saved, but the system could not confirm it reached the disk. Keep Twofold open and "
                  "check the disk.")
            .arg(d);
    case ErrorCode::ImportTooLarge:
        return error.reason == ErrorReason::TooManyEntries
                   ? tr("The file holds more than %1 accounts; split it before importing.")
                         .arg(QLocale().toString(ImportLimits::maxEntries))
                   : tr("The file is larger than %1 MiB, too large for an authenticator export.")
                         .arg(ImportLimits::maxFileBytes / mebibyte);
    case ErrorCode::ImportUnknownFormat:
        return error.reason == ErrorReason::EmptyFile
                   ? tr("The file is empty.")
                   : tr("Twofold does not recognise this file as an export of any authenticator app "
                        "it knows.");
    case ErrorCode::ImportPasswordNeeded:
        return tr("This %1 file is encrypted: enter the password it was exported with.")
            .arg(formatName(error.format));
    case ErrorCode::ImportWrongPassword:
        return tr("The password is wrong for this %1 file.").arg(formatName(error.format));
    case ErrorCode::ImportDamaged:
        //: %1 is an app name, %2 a technical detail such as "payload"
        return tr("This %1 file is damaged or incomplete (%2).").arg(formatName(error.format), d);
    case ErrorCode::ImportUnsupported:
        return unsupportedImport(error);
    case ErrorCode::ImportTooManySlots:
        //: %1 is an app name, %2 a number of passwords
        return tr("This %1 file offers %2 different passwords; Twofold tries at most %3 and does not open "
                  "it.")
            .arg(formatName(error.format), d)
            .arg(KdfBudget::maxSlots);
    case ErrorCode::ImportKdfTooCostly:
        return tr("This %1 file asks for more password-hashing work than any app's strongest setting; "
                  "Twofold does not open it.")
            .arg(formatName(error.format));
    case ErrorCode::ImportUnsupportedType:
        return tr("Accounts of type “%1” are not supported (only TOTP, HOTP and Steam are).").arg(d);
    case ErrorCode::ImportMissingField:
        return tr("The entry has no “%1”.").arg(d);
    case ErrorCode::ImportFieldTooLong:
        return tr("The entry's %1 is longer than %2 KiB.").arg(d).arg(ImportLimits::maxFieldBytes / 1024);
    case ErrorCode::TransferUnsupported:
        switch (error.reason) {
        case ErrorReason::SteamType:
            return tr("Google Authenticator cannot show Steam codes.");
        case ErrorReason::Algorithm:
            return tr("Google Authenticator only computes SHA1 codes.");
        case ErrorReason::Digits:
            return tr("Google Authenticator only shows codes of 6 or 8 digits.");
        case ErrorReason::NameTooLong:
            return tr("Its name is too long for a transfer code.");
        default:
            return tr("Google Authenticator only uses a 30-second period.");
        }
    case ErrorCode::FileNotFound:
        return tr("There is no file at %1.").arg(d);
    case ErrorCode::ImportBadSecret:
        return tr("The entry's secret is not valid %1.").arg(d);
    }
    return tr("Unexpected error.");
}

QString ErrorText::rollback(const RollbackGuard::Rollback &rollback)
{
    //: %1 and %2 count the vault's saves: the file's, and the newest seen on this computer before
    return tr("This vault is older than the one you last opened here: restored from a backup or replaced? "
              "(This file is save number %1; save number %2 was opened here before.)")
        .arg(rollback.found)
        .arg(rollback.seen);
}

QString ErrorText::formatName(const QString &id)
{
    const ImportFormat *format = Importer::format(id);
    return format ? QString::fromLatin1(format->name) : id;
}

QString ErrorText::unsupportedImport(const Error &error)
{
    const QString format = formatName(error.format);
    switch (error.reason) {
    case ErrorReason::AccountRestricted:
        return tr("This %1 export is locked to your account. Export again and choose “Password protected”.")
            .arg(format);
    case ErrorReason::EncryptedDatabase:
        return tr("This is %1's encrypted internal database, which Twofold cannot read. Use the app's own "
                  "export "
                  "instead.")
            .arg(format);
    case ErrorReason::InternalDatabase:
        return tr("This is %1's internal database, not an export. Use the app's own export instead.")
            .arg(format);
    default:
        break;
    }
    const QString word = reasonWord(error.reason);
    const QString reason = error.detail.isEmpty() ? word : word + QLatin1Char(' ') + error.detail;
    return tr("This %1 file cannot be imported (%2).").arg(format, reason.trimmed());
}

QString ErrorText::reasonWord(ErrorReason reason)
{
    // Machine words, shown in parentheses after a translated sentence, like every other error detail.
    switch (reason) {
    case ErrorReason::Version:
        return QStringLiteral("version");
    case ErrorReason::ContentVersion:
        return QStringLiteral("content version");
    case ErrorReason::Schema:
        return QStringLiteral("schema");
    case ErrorReason::Kdf:
        return QStringLiteral("kdf");
    case ErrorReason::Cipher:
        return QStringLiteral("cipher");
    case ErrorReason::EncryptionType:
        return QStringLiteral("encryption type");
    case ErrorReason::Masking:
        return QStringLiteral("encryption");
    case ErrorReason::CompressionMethod:
        return QStringLiteral("zip method");
    case ErrorReason::NoPasswordSlot:
        return QStringLiteral("no password slot");
    default:
        return {};
    }
}

} // namespace twofold
