<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountDetailsDialog</name>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>used once</numerusform>
            <numerusform>used %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.</source>
        <translation>
            <numerusform>%n stored entry needs attention: Twofold cannot use it (for example an unknown type), so it is kept unchanged and not shown.</numerusform>
            <numerusform>%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message numerus="yes">
        <source>%n more code(s) in the image; add them one at a time.</source>
        <translation>
            <numerusform>%n more code in the image; add it on its own.</numerusform>
            <numerusform>%n more codes in the image; add them one at a time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Re-encrypt the %n automatic backup(s) with the new password</source>
        <translation>
            <numerusform>Re-encrypt the automatic backup with the new password</numerusform>
            <numerusform>Re-encrypt the %n automatic backups with the new password</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictCopiesStep</name>
    <message numerus="yes">
        <source>conflict copies merged into the vault: %n (%1); moved to %2</source>
        <extracomment>%n is how many, %1 lists their file names, %2 is the backup folder</extracomment>
        <translation>
            <numerusform>conflict copy merged into the vault: %n (%1); moved to %2</numerusform>
            <numerusform>conflict copies merged into the vault: %n (%1); moved to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswdCommand</name>
    <message numerus="yes">
        <source>the %n earlier backup(s) still open with the old password</source>
        <translation>
            <numerusform>the %n earlier backup still opens with the old password</numerusform>
            <numerusform>the %n earlier backups still open with the old password</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) were left as they were; they open with the password in use when they were made</source>
        <translation>
            <numerusform>%n older backup was left as it was; it opens with the password in use when it was made</numerusform>
            <numerusform>%n older backups were left as they were; they open with the password in use when they were made</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>Seconds, abbreviated, in a number field</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes, abbreviated, in a number field</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message numerus="yes">
        <source>%n account(s) written and verified.</source>
        <translation>
            <numerusform>%n account written and verified.</numerusform>
            <numerusform>%n accounts written and verified.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message numerus="yes">
        <source>%n stored entries need attention (kept unchanged).</source>
        <translation>
            <numerusform>%n stored entry needs attention (kept unchanged).</numerusform>
            <numerusform>%n stored entries need attention (kept unchanged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::AccountActions</name>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>Imported %n account.</numerusform>
            <numerusform>Imported %n accounts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::BackupReminder</name>
    <message numerus="yes">
        <source>Your newest backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>Your newest backup is %n day old. Back up now.</numerusform>
            <numerusform>Your newest backup is %n days old. Back up now.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::BackupSession</name>
    <message numerus="yes">
        <source>%n account(s) exported to %1 and checked.</source>
        <translation>
            <numerusform>%n account exported to %1 and checked.</numerusform>
            <numerusform>%n accounts exported to %1 and checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup opens and holds exactly the %n account(s) of your vault.</source>
        <translation>
            <numerusform>The backup opens and holds exactly the %n account of your vault.</numerusform>
            <numerusform>The backup opens and holds exactly the %n accounts of your vault.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::CodeCopier</name>
    <message numerus="yes">
        <source>The code was about to expire, so the next one for %1 was copied — clears in %n s.</source>
        <translation>
            <numerusform>The code was about to expire, so the next one for %1 was copied — clears in %n s.</numerusform>
            <numerusform>The code was about to expire, so the next one for %1 was copied — clears in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the code for %1 — clears in %n s.</source>
        <translation>
            <numerusform>Copied the code for %1 — clears in %n s.</numerusform>
            <numerusform>Copied the code for %1 — clears in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s.</source>
        <translation>
            <numerusform>Copied — clears in %n s.</numerusform>
            <numerusform>Copied — clears in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::PasswordChange</name>
    <message numerus="yes">
        <source>Your %n earlier automatic backup(s) still open with the old password.</source>
        <translation>
            <numerusform>Your %n earlier automatic backup still opens with the old password.</numerusform>
            <numerusform>Your %n earlier automatic backups still open with the old password.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were re-encrypted under the new key.</source>
        <translation>
            <numerusform>%n automatic backup was re-encrypted under the new key.</numerusform>
            <numerusform>%n automatic backups were re-encrypted under the new key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were re-encrypted and open with the new password only.</source>
        <translation>
            <numerusform>%n automatic backup was re-encrypted and opens with the new password only.</numerusform>
            <numerusform>%n automatic backups were re-encrypted and open with the new password only.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) were left as they were: they open with the password in use when they were made.</source>
        <translation>
            <numerusform>%n older backup was left as it was: it opens with the password in use when it was made.</numerusform>
            <numerusform>%n older backups were left as they were: they open with the password in use when they were made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::TrayController</name>
    <message numerus="yes">
        <source>Next code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the service, e.g. &quot;GitHub&quot;; the clipboard is cleared after %n seconds.</extracomment>
        <translation>
            <numerusform>Next code for %1 copied — clears in %n s</numerusform>
            <numerusform>Next code for %1 copied — clears in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <translation>
            <numerusform>Code for %1 copied — clears in %n s</numerusform>
            <numerusform>Code for %1 copied — clears in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::VaultParts</name>
    <message numerus="yes">
        <source>Conflict copies left by a sync tool merged into the vault: %n. They were moved to %1.</source>
        <extracomment>%n is how many, %1 is the backup folder</extracomment>
        <translation>
            <numerusform>Conflict copy left by a sync tool merged into the vault: %n. It was moved to %1.</numerusform>
            <numerusform>Conflict copies left by a sync tool merged into the vault: %n. They were moved to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
