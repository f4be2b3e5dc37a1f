<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, %2, code %3</source>
        <extracomment>Screen reader name of an account: %1 service, %2 account name, %3 current code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Screen reader name of the star shown on favourite accounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <extracomment>Small label after the current code: %1 is the code of the next period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button of a counter-based (HOTP) account: compute the next code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailsDialog</name>
    <message>
        <source>Account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The website or company the account belongs to (the issuer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work, finance</source>
        <extracomment>Example tags, shown in the empty field</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite (shown first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste new recovery codes, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 digits · every %3 s</source>
        <extracomment>%1 is the algorithm (SHA1, SHA256 or SHA512), %2 the number of digits, %3 seconds per code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts from another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another app&apos;s export or backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will be removed from the vault. You can undo this until the vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more code(s) in the image; add them one at a time.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an image with a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup link</source>
        <extracomment>Tab: add an account from an otpauth:// link (what a setup QR code holds)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup key</source>
        <extracomment>Tab: add an account by typing the setup key</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the otpauth:// link behind the service&apos;s QR code, or read the QR code from an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otpauth link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <extracomment>Check box shown when the account is already in the vault</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>(no issuer)</source>
        <extracomment>Shown instead of the service name when the link names none</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <extracomment>%1 is the code of the next period</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-based code: it changes when you ask for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is shorter than the recommended 80 bits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Usage: twofold [otpauth://…]
       twofold COMMAND [OPTIONS]

Without a command, Twofold starts its window (and adds the otpauth:// link, if given).

Commands:
  code --uri URI [--time UNIX_SECONDS] [--next]
        Print the code of an otpauth:// URI (no vault involved). --uri - reads the URI
        from the first line of standard input, which keeps the secret out of `ps`.
  scan IMAGE…         Print the text of every QR code in the images, one per line (a
                      newline inside a code is written as \n). Exit 1 if none is found.
  init                Create a new vault (and its directory, mode 0700). Never overwrites.
  list                Print one line per account: uuid, type, issuer, name (tab-separated).
  show QUERY [--time UNIX_SECONDS] [--next]
        Print the current code of the one account matching QUERY (issuer, name,
        issuer:name or uuid). Showing a counter-based (HOTP) code uses it up: the
        counter moves on. Several matches: the candidates go to stderr, exit 2.
  add URI [--allow-duplicate]
        Add an otpauth:// account (- reads it from standard input); prints its uuid.
  inspect FILE [--password-file F]
        Print the accounts in another app&apos;s export or backup as otpauth:// URIs, one
        per line; entries that cannot be used go to stderr with the reason (exit 1).
        The format is recognised from the content. --password-file gives the file&apos;s
        password.
  import FILE [--import-password-file F] [--duplicates skip|add]
        Add the accounts of such a file to the vault. Prints one line per account:
        added|duplicate, uuid, issuer, name. Duplicates (same secret and type) are
        skipped unless --duplicates add. Exit 1 if some entries were rejected or
        nothing was added.
  export FILE --format twofold|aegis|aegis-plain|uris|pdf
         [--export-password-file F] [--unencrypted]
        Write every account to FILE: an encrypted Twofold backup, an encrypted or plain
        Aegis file (opens in Aegis on Android), otpauth:// lines, or a printable PDF with
        QR codes. The file is read back and compared before FILE is printed. Plain
        formats need --unencrypted.

Vault options (init, list, show, add, import, export):
  --vault PATH            The vault file (default ~/.local/share/twofold/vault.twofold).
  --password-file FILE    Read the password from FILE&apos;s first line instead of prompting.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Exit codes: 0 success, 1 partial or nothing found, 2 bad input or unreadable file,
3 wrong password, 4 damaged vault or newer vault version.
</source>
        <extracomment>Keep commands, options and CAPITAL placeholders as they are; keep the columns aligned</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see twofold --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan: give one or more image files</source>
        <extracomment>Command-line errors start with the command name (scan, code, init, ...), which stays untranslated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: --uri URI is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: --time needs a Unix time in whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your two-factor secrets will live in an encrypted vault on this computer. Choose a password to protect it. Twofold keeps verified backups beside the vault; still, keep your services&apos; recovery codes somewhere safe — they are what gets you back in if this computer is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <extracomment>%1 is a rating: Too weak, Weak, Fair, Good or Strong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also unlock with the desktop keyring on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring keeps a key that opens the vault, so this computer does not ask for the password. The password still works everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No account matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account with the setup key or otpauth:// link your service shows when you turn on two-factor authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The cryptography provider is incomplete (missing: %1). Install the QCA OpenSSL plugin (package libqca-qt6-plugins) and start Twofold again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret contains “%1”, which is not a base32 character (A–Z, 2–7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is %1 bytes long; at most 1024 bytes are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code of %1 digits is not supported: use 4 to 10 digits (Steam codes have 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of %1 seconds is not supported: use 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time %1 is before 1970; codes need a time of 0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter cannot go any higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link is %1 bytes long; otpauth links are at most 4096 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s %1 is not valid UTF-8 text.</source>
        <extracomment>%1 is a part of a link such as &quot;label&quot; or &quot;issuer&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an otpauth:// link (it starts with “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not say whether it is a totp or hotp account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known account type: use totp, hotp or steam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s %1 contains a broken %-escape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s parameter “%1” has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link gives the parameter “%1” twice with different values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The algorithm “%1” is not supported: use SHA1, SHA256 or SHA512 (Steam uses SHA1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of digits “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period “%1” is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hotp link has no counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter “%1” is not a whole number from 0 to 18446744073709551615.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encoder “%1” is not supported (only steam is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Google Authenticator transfer code is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s %1 contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file asks for an unreasonable key-derivation cost (%1); it was refused before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deriving the key failed (%1); the computer may be out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be authenticated: it is damaged or the key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with “twofold init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore the newest backup that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was written by a newer Twofold (format %1). Update Twofold to open it; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Twofold vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Twofold process is saving the vault (%1); try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was changed elsewhere with a different password. Unlock it again; your unsaved changes are kept until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault cannot be unlocked with the desktop keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop keyring is not available (%1). Use the password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading back %1 did not give what was written; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. The file on disk is unchanged; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied: %1. The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input/output error: %1. The file on disk is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts match “%1”; be more specific.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large to scan (%1); the limit is 8192×8192 pixels and 32 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file is longer than %1 bytes; it should hold just the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved, but the system could not confirm it reached the disk. Keep Twofold open and check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds more than 10,000 accounts; split it before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 10 MiB, too large for an authenticator export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold does not recognise this file as an export of any authenticator app it knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 file is encrypted: enter the password it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong for this %1 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 file is damaged or incomplete (%2).</source>
        <extracomment>%1 is an app name, %2 a technical detail such as &quot;payload&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts of type “%1” are not supported (only TOTP, HOTP and Steam are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry has no “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s %1 is longer than 1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator cannot show Steam codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator only computes SHA1 codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator only shows codes of 6 or 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator only uses a 30-second period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry&apos;s secret is not valid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 export is locked to your account. Export again and choose “Password protected”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s encrypted internal database, which Twofold cannot read. Use the app&apos;s own export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s internal database, not an export. Use the app&apos;s own export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 file cannot be imported (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from %1</source>
        <extracomment>%1 is an app name such as Aegis, or &quot;QR code&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an export or backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold reads exports and backups of Aegis, andOTP, 2FAS, Bitwarden, Ente Auth, FreeOTP, FreeOTP+, Authenticator Pro, Google Authenticator, Raivo, WinAuth and other apps, and plain lists of otpauth:// links. The format is recognised from the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop the file on the window. Nothing is added before you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 file is encrypted. Enter the password it was exported with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1 · Duplicates: %2 · Rejected: %3</source>
        <extracomment>Counts of the entries found in an import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button: open the encrypted file with the password entered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import selected (%1)</source>
        <extracomment>%1 counts the selected entries</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReviewRow</name>
    <message>
        <source>Rejected</source>
        <extracomment>Status of an entry in an import: it cannot be imported</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>Status of an entry in an import: already in the vault</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Twofold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualAccountForm</name>
    <message>
        <source>Service</source>
        <extracomment>The website or company the account belongs to (the issuer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup key</source>
        <extracomment>The secret key a service shows when two-factor authentication is turned on, usually in groups of letters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base32, spaces allowed</source>
        <extracomment>Base32 is the encoding of the setup key (letters A-Z and digits 2-7)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>How many digits each code has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>The HOTP counter value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (s)</source>
        <extracomment>How many seconds each code is valid</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeRow</name>
    <message>
        <source>Recovery code %1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>Seconds, abbreviated, in a number field</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Lock after inactivity: never</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes, abbreviated, in a number field</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of inactivity before locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Sort orders: by service (issuer), by account name, most used first, recently used first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Colour theme choices: as the desktop, light, dark</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>language</comment>
        <extracomment>The user interface language follows the desktop&apos;s language</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Twofold cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Password of the %1 file: </source>
        <extracomment>%1 is an app name such as Aegis</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect: give exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: give exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --duplicates takes skip or add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twofold paper backup · %1 · page %2 of %3</source>
        <extracomment>Heading of each page of the paper backup: %1 date, %2 page, %3 pages</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ENCRYPTED: keep it as safe as the accounts it protects.</source>
        <extracomment>Paper backup: the warning on each page, then the labels under each QR code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: give exactly one FILE to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format takes twofold, aegis, aegis-plain, uris or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: this format is not encrypted: anyone who gets the file gets your codes. Add --unencrypted to write it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the exported file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: the passwords differ; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written and verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <extracomment>Shown when the vault is damaged and an older backup opens</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the damaged vault with the newest backup that opens; the damaged file is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>the desktop keyring did not unlock the vault (%1); using the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest backup that opens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup opens with this password either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the passwords differ; nothing was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stored entries need attention (kept unchanged).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>show: give exactly one QUERY (issuer, name or uuid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show: --time needs a Unix time in whole seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: give exactly one otpauth:// URI (or - to read it from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this secret is already in the vault as “%1” (%2); nothing was added (--allow-duplicate adds it anyway)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ImportReviewModel</name>
    <message>
        <source>The same secret appears earlier in this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the vault as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::ImportSession</name>
    <message>
        <source>%1 of %2 transfer codes scanned. Scan the others to add every account.</source>
        <extracomment>A Google Authenticator transfer shows several QR codes; %1 and %2 count them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <extracomment>Where scanned accounts come from, shown as &quot;Import from QR code&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::PasswordStrength</name>
    <message>
        <source>Too weak</source>
        <extracomment>Password strength ratings, from worst to best</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::QrIntake</name>
    <message>
        <source>The clipboard holds neither an image nor an otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code does not hold an otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>twofold::VaultController</name>
    <message>
        <source>The newest backup that opens is from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes from an earlier session are kept in %1; they open with the password used then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer can now unlock the vault without the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file was kept beside it. Unlock to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept in memory; Twofold will try again.</source>
        <extracomment>%1 is a sentence saying why saving failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes were kept in %2 and are merged at the next unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Keeping the changes aside failed too: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is already in the vault as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <extracomment>Notifications; %1 is the service or account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code was about to expire, so the next one for %1 was copied — clears in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the code for %1 — clears in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
