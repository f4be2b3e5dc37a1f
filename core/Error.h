// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace twofold {

// Every way an operation in core can fail. Core carries no user-facing text: front ends turn a code
// (plus its detail) into a translated sentence, see app/ErrorText.
enum class ErrorCode
{
    // Crypto runtime
    CryptoProviderMissing, // detail: the missing QCA features, comma-separated

    KdfParametersOutOfRange, // detail: which parameter
    KdfFailed,               // detail: the algorithm
    InvalidKey,              //
    AuthenticationFailed,    // wrong key, or data changed

    // Base32
    Base32InvalidCharacter, // detail: the offending character
    Base32Empty,

    // OTP parameters
    SecretEmpty,
    SecretTooLong,    // detail: length in bytes
    DigitsOutOfRange, // detail: the value
    PeriodOutOfRange, // detail: the value
    TimeOutOfRange,   // detail: the value
    CounterOutOfRange,

    // otpauth URIs
    UriTooLong,              // detail: length in bytes
    UriNotUtf8,              // detail: the part that is not valid UTF-8
    UriBadScheme,            // detail: the scheme found
    UriMissingType,          //
    UriUnknownType,          // detail: the type found
    UriBadPercentEncoding,   // detail: the part with the bad escape
    UriBadQuery,             // detail: the malformed parameter
    UriConflictingParameter, // detail: the parameter name
    UriMissingSecret,        //
    UriUnknownAlgorithm,     // detail: the value
    UriBadDigits,            // detail: the value
    UriBadPeriod,            // detail: the value
    UriMissingCounter,       //
    UriBadCounter,           // detail: the value
    UriUnknownEncoder,       // detail: the value
    UriControlCharacter,     // detail: the part holding a control character
    MigrationBadData,        // detail: what is wrong ("base64", "protobuf", "batch", "empty")

    // Vault and storage
    VaultNotFound,      // detail: the path
    VaultAlreadyExists, // detail: the path
    VaultWrongPassword, //
    VaultDamaged,       // detail: what is wrong, in machine words ("checksum", "payload", "header", …)
    VaultNewerVersion,  // detail: the version found
    VaultNotAVault,     //
    VaultBusy,          // detail: the lock file another process holds
    VaultLocked,        // the operation needs an unlocked vault
    VaultChangedOnDisk, // another writer changed the keys (e.g. the password); unlock again
    VaultNoKeyringSlot, //
    KeyringUnavailable, // detail: the keyring's message
    VerifyFailed,       // detail: the path whose re-read did not match
    DiskFull,           // detail: the path
    PermissionDenied,   // detail: the path
    IoError,            // detail: path and system message
    AccountNotFound,    // detail: the query
    AccountAmbiguous,   // detail: the query
    PasswordEmpty,      //
    ImageUnreadable,    // detail: path and reason
    ImageTooLarge,      // detail: the size found
    PasswordTooLong,    // detail: the limit in bytes
    SavedNotDurable,    // detail: the path; renamed into place, but the directory sync failed

    // Importing other apps' files (core/formats)
    ImportTooLarge,        // detail: what is over the limit ("file", "entries")
    ImportUnknownFormat,   // detail: "empty" for an empty file, else nothing
    ImportPasswordNeeded,  // detail: the format id
    ImportWrongPassword,   // detail: the format id
    ImportDamaged,         // detail: "<format id>: <what>" in machine words
    ImportUnsupported,     // detail: "<format id>: <reason>" (e.g. "bitwarden: account-restricted")
    ImportTooManySlots,    // detail: "<format id>: <number of password slots>" (over KdfBudget::maxSlots)
    ImportKdfTooCostly,    // detail: the format id; its key derivations together exceed KdfBudget::maxWork
    ImportUnsupportedType, // entry: detail: the type the file gives (e.g. "motp")
    ImportMissingField,    // entry: detail: the field
    ImportFieldTooLong,    // entry: detail: the field ("issuer", "name", "note", "tag")
    ImportBadSecret,       // entry: detail: the encoding that failed ("hex", "base64", "bytes")
    FileNotFound,          // detail: the path
    TransferUnsupported,   // Google's transfer format cannot hold it; detail: "steam", "algorithm", "digits",
                           // "period"
};

struct Error
{
    ErrorCode code;
    QString detail = {}; // machine context (a value, a parameter name); never a secret, never a sentence

    bool operator==(const Error &) const = default;
};

template<typename T> using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected(Error{code, std::move(detail)});
}

} // namespace twofold
