// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace twofold {

// Every way an operation in core can fail. Core carries no user-facing text: front ends turn a code (plus
// its format, reason and detail) into a translated sentence, see app/ErrorText.
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

    // Importing other apps' files (core/formats); `format` names the format when it is known
    ImportTooLarge,        // reason: FileTooLarge or TooManyEntries
    ImportUnknownFormat,   // reason: EmptyFile for an empty file, else None
    ImportPasswordNeeded,  // format
    ImportWrongPassword,   // format
    ImportDamaged,         // format; detail: what is damaged, in machine words ("payload", "json", …)
    ImportUnsupported,     // format, reason; detail: the value found, when the reason has one
    ImportTooManySlots,    // format; detail: the number of password slots (over KdfBudget::maxSlots)
    ImportKdfTooCostly,    // format; its key derivations together exceed KdfBudget::maxWork
    ImportUnsupportedType, // entry: detail: the type the file gives (e.g. "motp")
    ImportMissingField,    // entry: detail: the field
    ImportFieldTooLong,    // entry: detail: the field ("issuer", "name", "note", "tag")
    ImportBadSecret,       // entry: detail: the encoding that failed ("hex", "base64", "bytes")
    FileNotFound,          // detail: the path
    TransferUnsupported,   // Google's transfer format cannot hold it; reason: SteamType, Algorithm, Digits,
                           // Period or NameTooLong
};

// Why, for the codes whose cause the code alone does not say.
enum class ErrorReason
{
    None,
    // ImportTooLarge
    FileTooLarge,
    TooManyEntries,
    // ImportUnknownFormat
    EmptyFile,
    // ImportUnsupported; detail: the value found where there is one
    AccountRestricted, // an export only its own account can open
    EncryptedDatabase, // an app's internal database, encrypted (SQLCipher)
    InternalDatabase,  // an app's internal database, not an export
    Version,           // detail: the file's version
    ContentVersion,    // detail: the version of the content inside the file
    Schema,            // detail: the schema number
    Kdf,               // detail: the key derivation named, when it has a name or number
    Cipher,            //
    EncryptionType,    // detail: the encryption type named
    Masking,           // detail: the masking named
    CompressionMethod, //
    NoPasswordSlot,    //
    // TransferUnsupported
    SteamType,
    Algorithm,
    Digits,
    Period,
    NameTooLong,
};

struct Error
{
    ErrorCode code;
    QString detail = {}; // machine context (a value, a parameter name); never a secret, never a sentence
    QString format = {}; // the import format's id (e.g. "aegis") for errors about another app's file
    ErrorReason reason = ErrorReason::None;

    bool operator==(const Error &) const = default;
};

template<typename T> using Expected = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected(Error{code, std::move(detail)});
}

inline std::unexpected<Error> fail(ErrorCode code, ErrorReason reason, QString detail = {})
{
    return std::unexpected(Error{code, std::move(detail), {}, reason});
}

// An error about a file of the import format `format`.
inline std::unexpected<Error> failImport(ErrorCode code, QString format, QString detail = {},
                                         ErrorReason reason = ErrorReason::None)
{
    return std::unexpected(Error{code, std::move(detail), std::move(format), reason});
}

} // namespace twofold
