<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, %2, code %3</source>
        <extracomment>Screen reader name of an account: %1 service, %2 account name, %3 current code</extracomment>
        <translation>%1, %2, Code %3</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Screen reader name of the star shown on favourite accounts</extracomment>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>next %1</source>
        <extracomment>Small label after the current code: %1 is the code of the next period</extracomment>
        <translation>nächster %1</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button of a counter-based (HOTP) account: compute the next code</extracomment>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Next code for %1</source>
        <translation>Nächster Code für %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>Moves the account one place up in the list (the order becomes manual)</extracomment>
        <translation>Nach oben verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten verschieben</translation>
    </message>
</context>
<context>
    <name>AccountDetailsDialog</name>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The website or company the account belongs to (the issuer)</extracomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>work, finance</source>
        <extracomment>Example tags, shown in the empty field</extracomment>
        <translation>Arbeit, Finanzen</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Schlagwörter, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Favourite (shown first)</source>
        <translation>Favorit (wird zuerst angezeigt)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Paste new recovery codes, one per line</source>
        <translation>Neue Codes einfügen, einer pro Zeile</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Neue Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>%1 · %2 digits · every %3 s</source>
        <extracomment>%1 is the algorithm (SHA1, SHA256 or SHA512), %2 the number of digits, %3 seconds per code</extracomment>
        <translation>%1 · %2 Stellen · alle %3 s</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>einmal verwendet</numerusform>
            <numerusform>%n-mal verwendet</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation>QR-Code…</translation>
    </message>
    <message>
        <source>Show the QR code to copy this account to a phone</source>
        <translation>QR-Code anzeigen, um dieses Konto auf ein Smartphone zu kopieren</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.</source>
        <translation>
            <numerusform>%n gespeicherter Eintrag erfordert Ihre Aufmerksamkeit: Twofold kann ihn nicht verwenden (zum Beispiel wegen eines unbekannten Typs), daher bleibt er unverändert und wird nicht angezeigt.</numerusform>
            <numerusform>%n gespeicherte Einträge erfordern Ihre Aufmerksamkeit: Twofold kann sie nicht verwenden (zum Beispiel wegen eines unbekannten Typs), daher bleiben sie unverändert und werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Konten durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>Konto hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account deleted.</source>
        <translation>Konto gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>A menu button: import, export, backups</extracomment>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Import, export and backups</source>
        <translation>Import, Export und Sicherungen</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Aus einer anderen App importieren…</translation>
    </message>
    <message>
        <source>Export or back up…</source>
        <translation>Exportieren oder sichern…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Sicherung prüfen…</translation>
    </message>
    <message>
        <source>Transfer to Google Authenticator…</source>
        <translation>An Google Authenticator übertragen…</translation>
    </message>
    <message>
        <source>The list is now in your own order. Choose another order in Settings.</source>
        <translation>Die Liste hat jetzt Ihre eigene Reihenfolge. Eine andere Sortierung wählen Sie in den Einstellungen.</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The tag filter chip that shows accounts with any tag</extracomment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show accounts tagged %1</source>
        <extracomment>Screen reader name of a tag filter chip; %1 is the tag</extracomment>
        <translation>Konten mit dem Schlagwort %1 anzeigen</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Alle Konten anzeigen</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%n more code(s) in the image; add them one at a time.</source>
        <translation>
            <numerusform>%n weiterer Code im Bild; fügen Sie ihn separat hinzu.</numerusform>
            <numerusform>%n weitere Codes im Bild; fügen Sie sie einzeln hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an image with a QR code</source>
        <translation>Bild mit QR-Code auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Setup link</source>
        <extracomment>Tab: add an account from an otpauth:// link (what a setup QR code holds)</extracomment>
        <translation>Einrichtungslink</translation>
    </message>
    <message>
        <source>Setup key</source>
        <extracomment>Tab: add an account by typing the setup key</extracomment>
        <translation>Einrichtungsschlüssel</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Bild öffnen…</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <translation>Bild oder Link einfügen</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>otpauth link</source>
        <translation>otpauth-Link</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <extracomment>Check box shown when the account is already in the vault</extracomment>
        <translation>Trotzdem hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Scan the screen</source>
        <translation>Bildschirm scannen</translation>
    </message>
    <message>
        <source>Paste the otpauth:// link behind the service&apos;s QR code, or read the QR code from an image, the screen or a camera.</source>
        <translation>Fügen Sie den otpauth://-Link ein, der im QR-Code des Dienstes steckt, oder lesen Sie den QR-Code aus einem Bild, vom Bildschirm oder mit einer Kamera.</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Kamera verwenden</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Twofold backup (encrypted)</source>
        <translation>Twofold-Sicherung (verschlüsselt)</translation>
    </message>
    <message>
        <source>Aegis, opens on Android (encrypted)</source>
        <translation>Aegis, für Android (verschlüsselt)</translation>
    </message>
    <message>
        <source>Aegis (not encrypted)</source>
        <translation>Aegis (unverschlüsselt)</translation>
    </message>
    <message>
        <source>otpauth:// links (not encrypted)</source>
        <translation>otpauth://-Links (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Printable paper backup, PDF (not encrypted)</source>
        <translation>Druckbare Papiersicherung, PDF (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Backups and exports</source>
        <translation>Sicherungen und Exporte</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Choose a backup to check</source>
        <translation>Zu prüfende Sicherung auswählen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Password for the exported file</source>
        <translation>Passwort für die exportierte Datei</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can generate your codes. Keep it offline, and delete it when you no longer need it.</source>
        <translation>Diese Datei ist nicht verschlüsselt: Wer sie bekommt, kann Ihre Codes erzeugen. Bewahren Sie sie offline auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Open a backup or export and compare it with your vault, to know it would restore everything.</source>
        <translation>Öffnen Sie eine Sicherung oder einen Export und vergleichen Sie den Inhalt mit Ihrem Tresor, um zu wissen, ob sich damit alles wiederherstellen ließe.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Sicherung auswählen…</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Passwort der Sicherung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Mit der Kamera scannen</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>No access to the camera</source>
        <translation>Kein Zugriff auf die Kamera</translation>
    </message>
    <message>
        <source>The camera is not available</source>
        <translation>Die Kamera ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Turn off keyring unlock</source>
        <translation>Entsperren per Schlüsselbund ausschalten</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Ausschalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type your password to turn keyring unlock off. The vault gets a new key, so the key kept in the keyring opens nothing saved from now on.</source>
        <translation>Geben Sie Ihr Passwort ein, um das Entsperren per Schlüsselbund auszuschalten. Der Tresor erhält einen neuen Schlüssel, sodass der im Schlüsselbund verwahrte Schlüssel nichts mehr öffnet, was ab jetzt gespeichert wird.</translation>
    </message>
    <message>
        <source>The vault gets a new key: the new password opens it from now on, the old one no longer does.</source>
        <translation>Der Tresor erhält einen neuen Schlüssel: Ab jetzt öffnet ihn das neue Passwort, das alte nicht mehr.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Passwortstärke: %1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <extracomment>%1 is a rating: Too weak, Weak, Fair, Good or Strong</extracomment>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember.</source>
        <translation>Verwenden Sie eine lange Passphrase, die Sie sich merken können.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>Die neuen Passwörter stimmen nicht überein.</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the %n automatic backup(s) with the new password</source>
        <translation>
            <numerusform>Die automatische Sicherung mit dem neuen Passwort neu verschlüsseln</numerusform>
            <numerusform>Die %n automatischen Sicherungen mit dem neuen Passwort neu verschlüsseln</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups made so far will keep opening with the old password.</source>
        <translation>Die bisherigen Sicherungen lassen sich weiterhin mit dem alten Passwort öffnen.</translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check the clock</source>
        <translation>Uhr prüfen</translation>
    </message>
    <message>
        <source>Codes are made from the time. If this computer&apos;s clock is off by more than a few seconds, sites refuse them. Choose a time server to compare the clock with; nothing is asked until you press Check.</source>
        <translation>Codes werden aus der Uhrzeit berechnet. Geht die Uhr dieses Computers um mehr als ein paar Sekunden falsch, lehnen Websites sie ab. Wählen Sie einen Zeitserver, mit dem die Uhr verglichen wird; er wird erst abgefragt, wenn Sie auf „Prüfen“ klicken.</translation>
    </message>
    <message>
        <source>Time server (for example pool.ntp.org, or HOST:PORT)</source>
        <translation>Zeitserver (zum Beispiel pool.ntp.org oder HOST:PORT)</translation>
    </message>
    <message>
        <source>Time server</source>
        <translation>Zeitserver</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Correct the codes by</source>
        <translation>Codes korrigieren um</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds, abbreviated, in a number field; a correction shows its sign</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Seconds added to this computer&apos;s clock for the codes of this vault</source>
        <translation>Sekunden, die für die Codes dieses Tresors zur Uhr dieses Computers addiert werden</translation>
    </message>
    <message>
        <source>Use the measured offset (%1 s)</source>
        <translation>Gemessene Abweichung verwenden (%1 s)</translation>
    </message>
    <message>
        <source>The correction is kept in this vault and used by its codes here and on every computer that opens it, and by twofold show.</source>
        <translation>Die Korrektur wird im Tresor gespeichert und für seine Codes verwendet – hier, auf jedem Computer, der ihn öffnet, und von twofold show.</translation>
    </message>
</context>
<context>
    <name>ClockCommand</name>
    <message>
        <source>clock: unexpected argument “%1”</source>
        <translation>clock: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>clock: no time server chosen; give --server HOST[:PORT] (e.g. pool.ntp.org) or choose one in the window&apos;s settings</source>
        <translation>clock: kein Zeitserver gewählt; geben Sie --server HOST[:PORT] an (z. B. pool.ntp.org) oder wählen Sie einen in den Einstellungen des Fensters</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Correct by %1 s</source>
        <translation>Um %1 s korrigieren</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>(no issuer)</source>
        <extracomment>Shown instead of the service name when the link names none</extracomment>
        <translation>(kein Dienst)</translation>
    </message>
    <message>
        <source>Current code %1</source>
        <translation>Aktueller Code %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <extracomment>%1 is the code of the next period</extracomment>
        <translation>Nächster: %1</translation>
    </message>
    <message>
        <source>Counter-based code: it changes when you ask for the next one.</source>
        <translation>Zählerbasierter Code: Er ändert sich, wenn Sie den nächsten anfordern.</translation>
    </message>
    <message>
        <source>This secret is shorter than the recommended 80 bits.</source>
        <translation>Dieses Geheimnis ist kürzer als die empfohlenen 80 Bit.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command “%1”; see twofold --help</source>
        <translation>unbekannter Befehl „%1“; siehe twofold --help</translation>
    </message>
    <message>
        <source>scan: give one or more image files</source>
        <extracomment>Command-line errors start with the command name (scan, code, init, ...), which stays untranslated</extracomment>
        <translation>scan: geben Sie eine oder mehrere Bilddateien an</translation>
    </message>
    <message>
        <source>code: unexpected argument “%1”</source>
        <translation>code: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>code: --uri URI is required</source>
        <translation>code: --uri URI ist erforderlich</translation>
    </message>
    <message>
        <source>code: --time needs a Unix time in whole seconds</source>
        <translation>code: --time erwartet eine Unix-Zeit in ganzen Sekunden</translation>
    </message>
    <message>
        <source>Usage: twofold [--minimized] [otpauth://…]
       twofold --quick-copy
       twofold COMMAND [OPTIONS]

Without a command, Twofold starts its window and offers to add the otpauth:// link, if
given; --minimized starts it hidden in the system tray. When Twofold is already running,
that window is raised (and shown the link) instead.
--quick-copy opens the quick copy popup (type, Enter copies), starting Twofold if needed
and asking for the password first if the vault is locked: bind it to a keyboard shortcut.

Commands:
  code --uri URI [--time UNIX_SECONDS] [--next]
        Print the code of an otpauth:// URI (no vault involved). --uri - reads the URI
        from the first line of standard input, which keeps the secret out of `ps`.
  clock [--server HOST[:PORT]]
        Ask a time server (SNTP) how far this computer&apos;s clock is off; prints
        &quot;offset +S.SSS s&quot; (server time minus local time). Without --server, the server
        chosen in the window&apos;s settings. Exit 1 when the offset is over 10 s, 2 when
        the server does not answer within 3 s or its reply is refused.
  scan IMAGE… [--json]
        Print the text of every QR code in the images, one per line (a backslash,
        newline or carriage return inside a code is written as \\, \n or \r).
        Exit 1 if none is found.
  init                Create a new vault (and its directory, mode 0700). Never overwrites.
  list [--json]       Print one line per account: uuid, type, issuer, name (tab-separated).
  show QUERY [--time UNIX_SECONDS] [--next] [--json]
        Print the current code of the one account matching QUERY (issuer, name,
        issuer:name or uuid). Showing a counter-based (HOTP) code uses it up: the
        counter moves on. Several matches: the candidates go to stderr, exit 2.
  add URI [--allow-duplicate]
        Add an otpauth:// account (- reads it from standard input); prints its uuid.
  passwd [--new-password-file F] [--keep-backups]
        Change the vault password (asks for the current one, then the new one twice).
        The vault gets a new key; a keyring slot is renewed, the old entry removed.
        The automatic backups are re-encrypted too, unless --keep-backups. Prints
        nothing; exit 3 when the current password is wrong, nothing changed.
  inspect FILE [--password-file F] [--key-file K] [--json]
        Print the accounts in another app&apos;s export or backup as otpauth:// URIs, one
        per line; entries that cannot be used go to stderr with the reason (exit 1).
        The format is recognised from the content. --password-file gives the file&apos;s
        password, --key-file a KeePass database&apos;s key file (the password is then
        read only from --password-file, and may be left out).
  import FILE [--import-password-file F] [--key-file K] [--duplicates skip|add] [--json]
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

Vault options (init, list, show, add, passwd, import, export):
  --vault PATH            The vault file (default ~/.local/share/twofold/vault.twofold).
  --password-file FILE    Read the password from FILE&apos;s first line instead of prompting
                          (for passwd: the current password).

--json (list, show, scan, inspect, import) prints one JSON document instead of lines; its
fields are described in the manual page, twofold(1).

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Exit codes: 0 success, 1 partial or nothing found, 2 bad input or unreadable file,
3 wrong password, 4 damaged vault or newer vault version.
</source>
        <extracomment>Keep the commands and --options as they are; keep the columns aligned</extracomment>
        <translation>Aufruf: twofold [--minimized] [otpauth://…]
        twofold --quick-copy
        twofold BEFEHL [OPTIONEN]

Ohne Befehl öffnet Twofold sein Fenster und bietet an, den otpauth://-Link hinzuzufügen,
falls angegeben; --minimized startet es ausgeblendet im Infobereich. Läuft Twofold bereits,
wird stattdessen das vorhandene Fenster nach vorn geholt (und erhält den Link).
--quick-copy öffnet das Fenster „Schnell kopieren“ (tippen, Eingabe kopiert), startet Twofold
bei Bedarf und fragt zuerst nach dem Passwort, wenn der Tresor gesperrt ist: legen Sie es
auf ein Tastenkürzel.

Befehle:
  code --uri URI [--time UNIX_SEKUNDEN] [--next]
        Gibt den Code einer otpauth://-URI aus (ohne Tresor). --uri - liest die URI aus
        der ersten Zeile der Standardeingabe; so bleibt das Geheimnis aus `ps` heraus.
  clock [--server HOST[:PORT]]
        Fragt einen Zeitserver (SNTP), wie weit die Uhr dieses Computers abweicht; gibt
        &quot;offset +S.SSS s&quot; aus (Serverzeit minus Ortszeit). Ohne --server der in den
        Einstellungen des Fensters gewählte Server. Exit-Code 1 bei einer Abweichung
        über 10 s, 2, wenn der Server nicht binnen 3 s antwortet oder seine Antwort
        abgelehnt wird.
  scan BILD… [--json]
        Gibt den Text jedes QR-Codes in den Bildern aus, einen pro Zeile (ein
        Backslash, Zeilenumbruch oder Wagenrücklauf in einem Code wird als \\, \n oder
        \r geschrieben). Exit-Code 1, wenn keiner gefunden wird.
  init                Legt einen neuen Tresor an (samt Verzeichnis, Modus 0700).
                      Überschreibt nie etwas.
  list [--json]       Gibt eine Zeile pro Konto aus: UUID, Typ, Dienst, Name
                      (durch Tabulatoren getrennt).
  show SUCHE [--time UNIX_SEKUNDEN] [--next] [--json]
        Gibt den aktuellen Code des einen Kontos aus, das zu SUCHE passt (Dienst, Name,
        Dienst:Name oder UUID). Das Anzeigen eines zählerbasierten (HOTP-)Codes
        verbraucht ihn: Der Zähler rückt weiter. Mehrere Treffer: Die Kandidaten gehen
        nach stderr, Exit-Code 2.
  add URI [--allow-duplicate]
        Fügt ein otpauth://-Konto hinzu (- liest es von der Standardeingabe) und gibt
        seine UUID aus.
  passwd [--new-password-file D] [--keep-backups]
        Ändert das Tresorpasswort (fragt nach dem aktuellen, dann zweimal nach dem
        neuen). Der Tresor erhält einen neuen Schlüssel; ein Schlüsselbund-Eintrag wird
        erneuert, der alte entfernt. Auch die automatischen Sicherungen werden neu
        verschlüsselt, außer mit --keep-backups. Gibt nichts aus; Exit-Code 3, wenn das
        aktuelle Passwort falsch ist (dann bleibt alles unverändert).
  inspect DATEI [--password-file D] [--key-file S] [--json]
        Gibt die Konten im Export oder in der Sicherung einer anderen App als
        otpauth://-URIs aus, eine pro Zeile; unbrauchbare Einträge gehen mit Begründung
        nach stderr (Exit-Code 1). Das Format wird am Inhalt erkannt. --password-file
        gibt das Passwort der Datei an, --key-file die Schlüsseldatei einer
        KeePass-Datenbank (das Passwort wird dann nur aus --password-file gelesen und
        darf fehlen).
  import DATEI [--import-password-file D] [--key-file S] [--duplicates skip|add] [--json]
        Fügt die Konten einer solchen Datei dem Tresor hinzu. Gibt eine Zeile pro Konto
        aus: added|duplicate, UUID, Dienst, Name. Duplikate (gleiches Geheimnis und
        gleicher Typ) werden übersprungen, außer mit --duplicates add. Exit-Code 1,
        wenn Einträge abgelehnt wurden oder nichts hinzugefügt wurde.
  export DATEI --format twofold|aegis|aegis-plain|uris|pdf
         [--export-password-file D] [--unencrypted]
        Schreibt alle Konten in DATEI: eine verschlüsselte Twofold-Sicherung, eine
        verschlüsselte oder unverschlüsselte Aegis-Datei (lässt sich in Aegis unter
        Android öffnen), otpauth://-Zeilen oder ein druckbares PDF mit QR-Codes. Die
        Datei wird zurückgelesen und verglichen, bevor ihr Name ausgegeben wird.
        Unverschlüsselte Formate erfordern --unencrypted.

Tresor-Optionen (init, list, show, add, passwd, import, export):
  --vault PFAD            Die Tresordatei (Standard: ~/.local/share/twofold/vault.twofold).
  --password-file DATEI   Liest das Passwort aus der ersten Zeile von DATEI, statt
                          danach zu fragen (bei passwd: das aktuelle Passwort).

--json (list, show, scan, inspect, import) gibt statt Zeilen ein JSON-Dokument aus; seine
Felder beschreibt die Handbuchseite twofold(1).

Optionen:
  -h, --help       Zeigt diese Hilfe an.
  -v, --version    Zeigt die Version an.

Exit-Codes: 0 Erfolg, 1 teilweise oder nichts gefunden, 2 ungültige Eingabe oder
unlesbare Datei, 3 falsches Passwort, 4 beschädigter Tresor oder neuere Tresorversion.
</translation>
    </message>
</context>
<context>
    <name>ConflictCopiesStep</name>
    <message>
        <source>conflict copy %1 does not open with this vault&apos;s password; not merged, left in place (%2)</source>
        <extracomment>%1 is a file name, %2 a sentence saying why it did not open</extracomment>
        <translation>Konfliktkopie %1 lässt sich mit dem Passwort dieses Tresors nicht öffnen; nicht übernommen, bleibt an ihrem Platz (%2)</translation>
    </message>
    <message numerus="yes">
        <source>conflict copies merged into the vault: %n (%1); moved to %2</source>
        <extracomment>%n is how many, %1 lists their file names, %2 is the backup folder</extracomment>
        <translation>
            <numerusform>Konfliktkopie in den Tresor übernommen: %n (%1); verschoben nach %2</numerusform>
            <numerusform>Konfliktkopien in den Tresor übernommen: %n (%1); verschoben nach %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Twofold</source>
        <translation>Willkommen bei Twofold</translation>
    </message>
    <message>
        <source>Your two-factor secrets will live in an encrypted vault on this computer. Choose a password to protect it. Twofold keeps verified backups beside the vault; still, keep your services&apos; recovery codes somewhere safe — they are what gets you back in if this computer is lost.</source>
        <translation>Ihre Zwei-Faktor-Geheimnisse werden in einem verschlüsselten Tresor auf diesem Computer gespeichert. Wählen Sie ein Passwort, um ihn zu schützen. Twofold legt geprüfte Sicherungen neben dem Tresor an; bewahren Sie die Wiederherstellungscodes Ihrer Dienste trotzdem an einem sicheren Ort auf – mit ihnen kommen Sie wieder an Ihre Konten, falls dieser Computer verloren geht.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>New vault password</source>
        <translation>Neues Tresorpasswort</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Passwortstärke: %1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <extracomment>%1 is a rating: Too weak, Weak, Fair, Good or Strong</extracomment>
        <translation>Stärke: %1</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember.</source>
        <translation>Verwenden Sie eine lange Passphrase, die Sie sich merken können.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Also unlock with the desktop keyring on this computer</source>
        <translation>Auf diesem Computer auch mit dem Desktop-Schlüsselbund entsperren</translation>
    </message>
    <message>
        <source>The keyring keeps a key that opens the vault, so this computer does not ask for the password. The password still works everywhere.</source>
        <translation>Der Schlüsselbund verwahrt einen Schlüssel, der den Tresor öffnet, sodass dieser Computer nicht nach dem Passwort fragt. Das Passwort funktioniert weiterhin überall.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor erstellen</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Tresordatei: %1</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Delete this account?</source>
        <translation>Dieses Konto löschen?</translation>
    </message>
    <message>
        <source>“%1” will be removed from the vault. You can undo this until the vault is locked.</source>
        <translation>„%1“ wird aus dem Tresor entfernt. Sie können das rückgängig machen, bis der Tresor gesperrt wird.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No account matches your search.</source>
        <translation>Kein Konto passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
    <message>
        <source>Add an account with the setup key or otpauth:// link your service shows when you turn on two-factor authentication.</source>
        <translation>Fügen Sie ein Konto mit dem Einrichtungsschlüssel oder dem otpauth://-Link hinzu, den Ihr Dienst beim Einschalten der Zwei-Faktor-Authentifizierung anzeigt.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Aus einer anderen App importieren</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The cryptography provider is incomplete (missing: %1). Install the QCA OpenSSL plugin (package libqca-qt6-plugins) and start Twofold again.</source>
        <translation>Der Kryptografie-Anbieter ist unvollständig (es fehlt: %1). Installieren Sie das QCA-OpenSSL-Plugin (Paket libqca-qt6-plugins) und starten Sie Twofold erneut.</translation>
    </message>
    <message>
        <source>The secret contains “%1”, which is not a base32 character (A–Z, 2–7).</source>
        <translation>Das Geheimnis enthält „%1“, das kein Base32-Zeichen ist (A–Z, 2–7).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Das Geheimnis ist leer.</translation>
    </message>
    <message>
        <source>The time %1 is before 1970; codes need a time of 0 or later.</source>
        <translation>Der Zeitpunkt %1 liegt vor 1970; Codes benötigen einen Zeitpunkt von 0 oder später.</translation>
    </message>
    <message>
        <source>The counter cannot go any higher.</source>
        <translation>Der Zähler kann nicht weiter erhöht werden.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 is not valid UTF-8 text.</source>
        <extracomment>%1 is a part of a link such as &quot;label&quot; or &quot;issuer&quot;</extracomment>
        <translation>Der Teil „%1“ des Links ist kein gültiger UTF-8-Text.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link (it starts with “%1”).</source>
        <translation>Dies ist kein otpauth://-Link (er beginnt mit „%1“).</translation>
    </message>
    <message>
        <source>The link does not say whether it is a totp or hotp account.</source>
        <translation>Der Link gibt nicht an, ob es sich um ein totp- oder hotp-Konto handelt.</translation>
    </message>
    <message>
        <source>“%1” is not a known account type: use totp, hotp or steam.</source>
        <translation>„%1“ ist kein bekannter Kontotyp: Verwenden Sie totp, hotp oder steam.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 contains a broken %-escape.</source>
        <translation>Der Teil „%1“ des Links enthält eine fehlerhafte %-Kodierung.</translation>
    </message>
    <message>
        <source>The link&apos;s parameter “%1” has no value.</source>
        <translation>Der Parameter „%1“ des Links hat keinen Wert.</translation>
    </message>
    <message>
        <source>The link gives the parameter “%1” twice with different values.</source>
        <translation>Der Link enthält den Parameter „%1“ zweimal mit unterschiedlichen Werten.</translation>
    </message>
    <message>
        <source>The link has no secret.</source>
        <translation>Der Link enthält kein Geheimnis.</translation>
    </message>
    <message>
        <source>The algorithm “%1” is not supported: use SHA1, SHA256 or SHA512 (Steam uses SHA1).</source>
        <translation>Der Algorithmus „%1“ wird nicht unterstützt: Verwenden Sie SHA1, SHA256 oder SHA512 (Steam verwendet SHA1).</translation>
    </message>
    <message>
        <source>The number of digits “%1” is not a number.</source>
        <translation>Die Stellenzahl „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>The period “%1” is not a number of seconds.</source>
        <translation>Das Intervall „%1“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>The hotp link has no counter.</source>
        <translation>Der hotp-Link hat keinen Zähler.</translation>
    </message>
    <message>
        <source>The counter “%1” is not a whole number from 0 to 18446744073709551615.</source>
        <translation>Der Zähler „%1“ ist keine ganze Zahl von 0 bis 18446744073709551615.</translation>
    </message>
    <message>
        <source>The encoder “%1” is not supported (only steam is).</source>
        <translation>Der Encoder „%1“ wird nicht unterstützt (nur steam).</translation>
    </message>
    <message>
        <source>The Google Authenticator transfer code is damaged (%1).</source>
        <translation>Der Übertragungscode von Google Authenticator ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The link&apos;s %1 contains control characters.</source>
        <translation>Der Teil „%1“ des Links enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The file asks for an unreasonable key-derivation cost (%1); it was refused before use.</source>
        <translation>Die Datei verlangt einen unvernünftig hohen Aufwand für die Schlüsselableitung (%1); sie wurde vor der Verwendung abgelehnt.</translation>
    </message>
    <message>
        <source>Deriving the key failed (%1); the computer may be out of memory.</source>
        <translation>Die Schlüsselableitung ist fehlgeschlagen (%1); möglicherweise reicht der Arbeitsspeicher nicht aus.</translation>
    </message>
    <message>
        <source>An internal key has the wrong size.</source>
        <translation>Ein interner Schlüssel hat die falsche Größe.</translation>
    </message>
    <message>
        <source>The data could not be authenticated: it is damaged or the key is wrong.</source>
        <translation>Die Daten konnten nicht authentifiziert werden: Sie sind beschädigt oder der Schlüssel ist falsch.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with “twofold init”.</source>
        <translation>Unter %1 gibt es keinen Tresor. Erstellen Sie einen mit „twofold init“.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left untouched.</source>
        <translation>Unter %1 gibt es bereits einen Tresor; er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Falsches Passwort.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore the newest backup that opens.</source>
        <translation>Die Tresordatei ist beschädigt (%1). Stellen Sie die neueste Sicherung wieder her, die sich öffnen lässt.</translation>
    </message>
    <message>
        <source>The vault was written by a newer Twofold (format %1). Update Twofold to open it; the file was left untouched.</source>
        <translation>Der Tresor wurde von einer neueren Twofold-Version geschrieben (Format %1). Aktualisieren Sie Twofold, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>This file is not a Twofold vault.</source>
        <translation>Diese Datei ist kein Twofold-Tresor.</translation>
    </message>
    <message>
        <source>Another Twofold process is saving the vault (%1); try again in a moment.</source>
        <translation>Ein anderer Twofold-Prozess speichert gerade den Tresor (%1); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>The vault was changed elsewhere with a different password. Unlock it again; your unsaved changes are kept until then.</source>
        <translation>Der Tresor wurde an anderer Stelle mit einem anderen Passwort geändert. Entsperren Sie ihn erneut; Ihre ungespeicherten Änderungen bleiben bis dahin erhalten.</translation>
    </message>
    <message>
        <source>This vault cannot be unlocked with the desktop keyring.</source>
        <translation>Dieser Tresor kann nicht mit dem Desktop-Schlüsselbund entsperrt werden.</translation>
    </message>
    <message>
        <source>The desktop keyring is not available (%1). Use the password instead.</source>
        <translation>Der Desktop-Schlüsselbund ist nicht verfügbar (%1). Verwenden Sie stattdessen das Passwort.</translation>
    </message>
    <message>
        <source>Reading back %1 did not give what was written; nothing was replaced.</source>
        <translation>Beim Zurücklesen von %1 kam nicht heraus, was geschrieben wurde; es wurde nichts ersetzt.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. The file on disk is unchanged; nothing was lost.</source>
        <translation>Der Datenträger ist voll: %1 konnte nicht geschrieben werden. Die Datei auf dem Datenträger ist unverändert; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Permission denied: %1. The file on disk is unchanged.</source>
        <translation>Zugriff verweigert: %1. Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>Input/output error: %1. The file on disk is unchanged.</source>
        <translation>Ein-/Ausgabefehler: %1. Die Datei auf dem Datenträger ist unverändert.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Kein Konto passt zu „%1“.</translation>
    </message>
    <message>
        <source>Several accounts match “%1”; be more specific.</source>
        <translation>Mehrere Konten passen zu „%1“; bitte genauer angeben.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation>Das Bild %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The password file is longer than %1 bytes; it should hold just the password.</source>
        <translation>Die Passwortdatei ist länger als %1 Byte; sie sollte nur das Passwort enthalten.</translation>
    </message>
    <message>
        <source>%1 was saved, but the system could not confirm it reached the disk. Keep Twofold open and check the disk.</source>
        <translation>%1 wurde gespeichert, aber das System konnte nicht bestätigen, dass die Daten auf dem Datenträger angekommen sind. Lassen Sie Twofold geöffnet und prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Twofold does not recognise this file as an export of any authenticator app it knows.</source>
        <translation>Twofold erkennt diese Datei nicht als Export einer ihm bekannten Authenticator-App.</translation>
    </message>
    <message>
        <source>This %1 file is encrypted: enter the password it was exported with.</source>
        <translation>Diese %1-Datei ist verschlüsselt: Geben Sie das Passwort ein, mit dem sie exportiert wurde.</translation>
    </message>
    <message>
        <source>The password is wrong for this %1 file.</source>
        <translation>Das Passwort für diese %1-Datei ist falsch.</translation>
    </message>
    <message>
        <source>This %1 file is damaged or incomplete (%2).</source>
        <extracomment>%1 is an app name, %2 a technical detail such as &quot;payload&quot;</extracomment>
        <translation>Diese %1-Datei ist beschädigt oder unvollständig (%2).</translation>
    </message>
    <message>
        <source>Accounts of type “%1” are not supported (only TOTP, HOTP and Steam are).</source>
        <translation>Konten vom Typ „%1“ werden nicht unterstützt (nur TOTP, HOTP und Steam).</translation>
    </message>
    <message>
        <source>The entry has no “%1”.</source>
        <translation>Dem Eintrag fehlt „%1“.</translation>
    </message>
    <message>
        <source>Google Authenticator cannot show Steam codes.</source>
        <translation>Google Authenticator kann keine Steam-Codes anzeigen.</translation>
    </message>
    <message>
        <source>Google Authenticator only computes SHA1 codes.</source>
        <translation>Google Authenticator berechnet nur SHA1-Codes.</translation>
    </message>
    <message>
        <source>Google Authenticator only shows codes of 6 or 8 digits.</source>
        <translation>Google Authenticator zeigt nur Codes mit 6 oder 8 Stellen an.</translation>
    </message>
    <message>
        <source>Google Authenticator only uses a 30-second period.</source>
        <translation>Google Authenticator verwendet nur ein Intervall von 30 Sekunden.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>The entry&apos;s secret is not valid %1.</source>
        <translation>Das Geheimnis des Eintrags ist kein gültiges %1.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
    <message>
        <source>This %1 export is locked to your account. Export again and choose “Password protected”.</source>
        <translation>Dieser %1-Export ist an Ihr Konto gebunden. Exportieren Sie erneut und wählen Sie „Passwortgeschützt“.</translation>
    </message>
    <message>
        <source>This is %1&apos;s encrypted internal database, which Twofold cannot read. Use the app&apos;s own export instead.</source>
        <translation>Dies ist die verschlüsselte interne Datenbank von %1, die Twofold nicht lesen kann. Verwenden Sie stattdessen die Exportfunktion der App.</translation>
    </message>
    <message>
        <source>This is %1&apos;s internal database, not an export. Use the app&apos;s own export instead.</source>
        <translation>Dies ist die interne Datenbank von %1, kein Export. Verwenden Sie stattdessen die Exportfunktion der App.</translation>
    </message>
    <message>
        <source>This %1 file cannot be imported (%2).</source>
        <translation>Diese %1-Datei kann nicht importiert werden (%2).</translation>
    </message>
    <message>
        <source>Its name is too long for a transfer code.</source>
        <translation>Sein Name ist zu lang für einen Übertragungscode.</translation>
    </message>
    <message>
        <source>This %1 file asks for more password-hashing work than any app&apos;s strongest setting; Twofold does not open it.</source>
        <translation>Diese %1-Datei verlangt mehr Aufwand für das Passwort-Hashing als die stärkste Einstellung jeder App; Twofold öffnet sie nicht.</translation>
    </message>
    <message>
        <source>This vault is older than the one you last opened here: restored from a backup or replaced? (This file is save number %1; save number %2 was opened here before.)</source>
        <extracomment>%1 and %2 count the vault&apos;s saves: the file&apos;s, and the newest seen on this computer before</extracomment>
        <translation>Dieser Tresor ist älter als der, den Sie hier zuletzt geöffnet haben: aus einer Sicherung wiederhergestellt oder ersetzt? (Diese Datei ist Speicherung Nr. %1; zuvor wurde hier Speicherung Nr. %2 geöffnet.)</translation>
    </message>
    <message>
        <source>The secret is %1 bytes long; at most %2 bytes are supported.</source>
        <translation>Das Geheimnis ist %1 Byte lang; unterstützt werden höchstens %2 Byte.</translation>
    </message>
    <message>
        <source>A code of %1 digits is not supported: use %2 to %3 digits (Steam codes have %4).</source>
        <translation>Codes mit %1 Stellen werden nicht unterstützt: Verwenden Sie %2 bis %3 Stellen (Steam-Codes haben %4).</translation>
    </message>
    <message>
        <source>A period of %1 seconds is not supported: use 1 to %2 seconds.</source>
        <translation>Ein Intervall von %1 Sekunden wird nicht unterstützt: Verwenden Sie 1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>The link is %1 bytes long; otpauth links are at most %2 bytes.</source>
        <translation>Der Link ist %1 Byte lang; otpauth-Links sind höchstens %2 Byte lang.</translation>
    </message>
    <message>
        <source>The image is too large to scan (%1); the limit is %2×%2 pixels and %3 MiB.</source>
        <translation>Das Bild ist zu groß zum Scannen (%1); die Grenze liegt bei %2×%2 Pixeln und %3 MiB.</translation>
    </message>
    <message>
        <source>The file holds more than %1 accounts; split it before importing.</source>
        <translation>Die Datei enthält mehr als %1 Konten; teilen Sie sie vor dem Import auf.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for an authenticator export.</source>
        <translation>Die Datei ist größer als %1 MiB und damit zu groß für den Export einer Authenticator-App.</translation>
    </message>
    <message>
        <source>This %1 file offers %2 different passwords; Twofold tries at most %3 and does not open it.</source>
        <extracomment>%1 is an app name, %2 a number of passwords</extracomment>
        <translation>Diese %1-Datei bietet %2 verschiedene Passwörter an; Twofold probiert höchstens %3 und öffnet sie nicht.</translation>
    </message>
    <message>
        <source>The entry&apos;s %1 is longer than %2 KiB.</source>
        <translation>Das Feld „%1“ des Eintrags ist länger als %2 KiB.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from %1</source>
        <translation>Aus %1 importieren</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Konten importieren</translation>
    </message>
    <message>
        <source>Choose an export or backup file</source>
        <translation>Export- oder Sicherungsdatei auswählen</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>You can also drop the file on the window. Nothing is added before you confirm.</source>
        <translation>Sie können die Datei auch auf das Fenster ziehen. Hinzugefügt wird erst, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>This %1 file is encrypted. Enter the password it was exported with.</source>
        <translation>Diese %1-Datei ist verschlüsselt. Geben Sie das Passwort ein, mit dem sie exportiert wurde.</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Passwort der Datei</translation>
    </message>
    <message>
        <source>New: %1 · Duplicates: %2 · Rejected: %3</source>
        <extracomment>Counts of the entries found in an import</extracomment>
        <translation>Neu: %1 · Duplikate: %2 · Abgelehnt: %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button: open the encrypted file with the password entered</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Import selected (%1)</source>
        <extracomment>%1 counts the selected entries</extracomment>
        <translation>Auswahl importieren (%1)</translation>
    </message>
    <message>
        <source>Twofold reads exports and backups of Aegis, andOTP, 2FAS, Bitwarden, Ente Auth, FreeOTP, FreeOTP+, Authenticator Pro, Google Authenticator, Raivo, WinAuth, KeePassXC and other apps, and plain lists of otpauth:// links. The format is recognised from the file itself.</source>
        <translation>Twofold liest Exporte und Sicherungen von Aegis, andOTP, 2FAS, Bitwarden, Ente Auth, FreeOTP, FreeOTP+, Authenticator Pro, Google Authenticator, Raivo, WinAuth, KeePassXC und anderen Apps sowie einfache Listen von otpauth://-Links. Das Format wird am Inhalt der Datei erkannt.</translation>
    </message>
</context>
<context>
    <name>ImportReviewRow</name>
    <message>
        <source>Rejected</source>
        <extracomment>Status of an entry in an import: it cannot be imported</extracomment>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>Status of an entry in an import: already in the vault</extracomment>
        <translation>Duplikat</translation>
    </message>
</context>
<context>
    <name>KeyFileChooser</name>
    <message>
        <source>Key file…</source>
        <extracomment>Button in the import dialog: choose the key file of a KeePass database</extracomment>
        <translation>Schlüsseldatei…</translation>
    </message>
    <message>
        <source>No key file (only if the database has one)</source>
        <translation>Keine Schlüsseldatei (nur nötig, wenn die Datenbank eine hat)</translation>
    </message>
    <message>
        <source>Choose the database&apos;s key file</source>
        <translation>Schlüsseldatei der Datenbank wählen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Twofold</source>
        <translation>Twofold</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Tresor sperren</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ManualAccountForm</name>
    <message>
        <source>Service</source>
        <extracomment>The website or company the account belongs to (the issuer)</extracomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>z. B. GitHub</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>e.g. you@example.com</source>
        <translation>z. B. sie@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Setup key</source>
        <extracomment>The secret key a service shows when two-factor authentication is turned on, usually in groups of letters</extracomment>
        <translation>Einrichtungsschlüssel</translation>
    </message>
    <message>
        <source>Base32, spaces allowed</source>
        <extracomment>Base32 is the encoding of the setup key (letters A-Z and digits 2-7)</extracomment>
        <translation>Base32, Leerzeichen erlaubt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Zeitbasiert (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Zählerbasiert (HOTP)</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>How many digits each code has</extracomment>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>The HOTP counter value</extracomment>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>Period (s)</source>
        <extracomment>How many seconds each code is valid</extracomment>
        <translation>Intervall (s)</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Intervall in Sekunden</translation>
    </message>
</context>
<context>
    <name>PasswdCommand</name>
    <message>
        <source>passwd: unexpected argument “%1”</source>
        <translation>passwd: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Current vault password: </source>
        <translation>Aktuelles Tresorpasswort: </translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Neues Tresorpasswort: </translation>
    </message>
    <message>
        <source>passwd: the new passwords differ; nothing was changed</source>
        <translation>passwd: Die neuen Passwörter stimmen nicht überein; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>keyring unlock is now off: %1</source>
        <translation>Entsperren per Schlüsselbund ist jetzt aus: %1</translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation>gespeichert, mit einer Warnung: %1</translation>
    </message>
    <message>
        <source>the old keyring entry “%1” could not be removed: %2</source>
        <translation>der alte Schlüsselbund-Eintrag „%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>the password&apos;s key derivation was raised to the current default (Argon2id, %1 MiB, %2 passes)</source>
        <translation>die Schlüsselableitung des Passworts wurde auf den aktuellen Standard angehoben (Argon2id, %1 MiB, %2 Durchläufe)</translation>
    </message>
    <message numerus="yes">
        <source>the %n earlier backup(s) still open with the old password</source>
        <translation>
            <numerusform>die %n frühere Sicherung lässt sich weiterhin mit dem alten Passwort öffnen</numerusform>
            <numerusform>die %n früheren Sicherungen lassen sich weiterhin mit dem alten Passwort öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>the password was changed, but re-encrypting the backups failed: %1; the ones not yet done still open with the old password</source>
        <translation>das Passwort wurde geändert, aber das Neuverschlüsseln der Sicherungen ist fehlgeschlagen: %1; die noch nicht erledigten lassen sich weiterhin mit dem alten Passwort öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) were left as they were; they open with the password in use when they were made</source>
        <translation>
            <numerusform>%n ältere Sicherung blieb unverändert; sie lässt sich mit dem Passwort öffnen, das bei ihrer Erstellung galt</numerusform>
            <numerusform>%n ältere Sicherungen blieben unverändert; sie lassen sich mit dem Passwort öffnen, das bei ihrer Erstellung galt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCodeDialog</name>
    <message>
        <source>Transfer to Google Authenticator</source>
        <translation>An Google Authenticator übertragen</translation>
    </message>
    <message>
        <source>In Google Authenticator choose “Transfer accounts”, then “Import accounts”, and scan each code in turn. Anyone who sees these codes can copy the accounts.</source>
        <translation>Wählen Sie in Google Authenticator „Konten übertragen“ und dann „Konten importieren“ und scannen Sie die Codes nacheinander. Wer diese Codes sieht, kann die Konten kopieren.</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on your phone. Anyone who sees it can copy the account.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App auf Ihrem Smartphone. Wer ihn sieht, kann das Konto kopieren.</translation>
    </message>
    <message>
        <source>Show the QR code</source>
        <translation>QR-Code anzeigen</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>This account&apos;s name is too long for a QR code. Shorten it in the account&apos;s details first.</source>
        <translation>Der Name dieses Kontos ist zu lang für einen QR-Code. Kürzen Sie ihn zuerst in den Kontodetails.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <extracomment>%1 and %2 count Google Authenticator&apos;s transfer QR codes</extracomment>
        <translation>Code %1 von %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Not transferred, Google Authenticator cannot hold them:</source>
        <translation>Nicht übertragen, da Google Authenticator sie nicht aufnehmen kann:</translation>
    </message>
</context>
<context>
    <name>QuickCopy</name>
    <message>
        <source>Quick copy</source>
        <translation>Schnell kopieren</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Search accounts to copy a code</source>
        <translation>Konten durchsuchen, um einen Code zu kopieren</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Kein Konto passt zu „%1“.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter copies · Esc closes</source>
        <extracomment>Keyboard help at the bottom of the quick copy popup.</extracomment>
        <translation>↑↓ auswählen · Enter kopiert · Esc schließt</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeRow</name>
    <message>
        <source>Recovery code %1 used</source>
        <extracomment>%1 numbers the account&apos;s recovery codes</extracomment>
        <translation>Wiederherstellungscode %1 verwendet</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Recovery code %1</source>
        <translation>Wiederherstellungscode %1</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>Wiederherstellungscode %1 kopieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>Kopierte Codes löschen nach</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <extracomment>Seconds, abbreviated, in a number field</extracomment>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds before the clipboard is cleared</source>
        <translation>Sekunden, bis die Zwischenablage geleert wird</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Lock after inactivity: never</extracomment>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>Minutes, abbreviated, in a number field</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes of inactivity before locking</source>
        <translation>Minuten ohne Aktivität bis zum Sperren</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bei Bildschirmsperre und Ruhezustand sperren</translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring on this computer</source>
        <translation>Auf diesem Computer mit dem Desktop-Schlüsselbund entsperren</translation>
    </message>
    <message>
        <source>Show the next code</source>
        <translation>Nächsten Code anzeigen</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Codes bis zum Anklicken verbergen</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>Konten sortieren nach</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Sort orders: by service (issuer), by account name, most used first, recently used first, the user&apos;s own order</extracomment>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Am häufigsten verwendet</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Colour theme choices: as the desktop, light, dark</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>language</comment>
        <extracomment>The user interface language follows the desktop&apos;s language</extracomment>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Start hidden in the system tray</source>
        <translation>Minimiert im Infobereich starten</translation>
    </message>
    <message>
        <source>Start Twofold when I log in</source>
        <translation>Twofold bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Beside the vault</source>
        <translation>Neben dem Tresor</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Keep backups</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <source>Number of automatic backups kept</source>
        <translation>Anzahl der aufbewahrten automatischen Sicherungen</translation>
    </message>
    <message>
        <source>Remind me to back up after</source>
        <translation>An Sicherung erinnern nach</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before a backup reminder</source>
        <translation>Tage bis zur Erinnerung an eine Sicherung</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Ordner für automatische Sicherungen</translation>
    </message>
    <message>
        <source>Manual (drag to reorder)</source>
        <translation>Eigene Reihenfolge (zum Ordnen ziehen)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Passwort ändern…</translation>
    </message>
    <message>
        <source>Check the clock…</source>
        <translation>Uhr prüfen…</translation>
    </message>
</context>
<context>
    <name>ShortcutSettings</name>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>This desktop offers programs no way to register a shortcut (no GlobalShortcuts portal). To open quick copy with a key, add a custom shortcut in the desktop&apos;s keyboard settings that runs this command:</source>
        <translation>Diese Arbeitsumgebung bietet Programmen keine Möglichkeit, ein Tastenkürzel zu registrieren (kein GlobalShortcuts-Portal). Um „Schnell kopieren“ mit einer Taste zu öffnen, legen Sie in den Tastatureinstellungen der Arbeitsumgebung ein eigenes Tastenkürzel an, das diesen Befehl ausführt:</translation>
    </message>
    <message>
        <source>Register a keyboard shortcut that opens quick copy from anywhere. The desktop may ask you to confirm it or to choose the keys.</source>
        <translation>Registrieren Sie ein Tastenkürzel, das „Schnell kopieren“ von überall öffnet. Die Arbeitsumgebung fragt eventuell nach einer Bestätigung oder lässt Sie die Tasten wählen.</translation>
    </message>
    <message>
        <source>Waiting for the desktop to register the shortcut…</source>
        <translation>Warten, bis die Arbeitsumgebung das Tastenkürzel registriert …</translation>
    </message>
    <message>
        <source>Quick copy opens with %1.</source>
        <extracomment>%1 is a key combination as the desktop names it, e.g. &quot;Ctrl+Alt+C&quot;</extracomment>
        <translation>„Schnell kopieren“ öffnet sich mit %1.</translation>
    </message>
    <message>
        <source>The shortcut is registered; choose its keys in the desktop&apos;s settings.</source>
        <translation>Das Tastenkürzel ist registriert; wählen Sie seine Tasten in den Einstellungen der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>The desktop did not register the shortcut. You can add it in the desktop&apos;s keyboard settings instead, with this command:</source>
        <translation>Die Arbeitsumgebung hat das Tastenkürzel nicht registriert. Sie können es stattdessen in ihren Tastatureinstellungen mit diesem Befehl anlegen:</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s shortcut service…</source>
        <translation>Suche nach dem Tastenkürzel-Dienst der Arbeitsumgebung …</translation>
    </message>
    <message>
        <source>Command for a keyboard shortcut</source>
        <translation>Befehl für ein Tastenkürzel</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Register shortcut…</source>
        <translation>Tastenkürzel registrieren …</translation>
    </message>
    <message>
        <source>Remove shortcut</source>
        <translation>Tastenkürzel entfernen</translation>
    </message>
</context>
<context>
    <name>SntpErrorText</name>
    <message>
        <source>“%1” is not a time server: give a host name or address, optionally with :PORT.</source>
        <translation>„%1“ ist kein Zeitserver: Geben Sie einen Hostnamen oder eine Adresse an, optional mit :PORT.</translation>
    </message>
    <message>
        <source>The time server “%1” was not found.</source>
        <translation>Der Zeitserver „%1“ wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The time server could not be asked (%1).</source>
        <translation>Der Zeitserver konnte nicht abgefragt werden (%1).</translation>
    </message>
    <message>
        <source>The time server did not answer within 3 seconds.</source>
        <translation>Der Zeitserver hat nicht innerhalb von 3 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>Refused a reply from %1, which is not the time server asked; the server itself did not answer.</source>
        <translation>Eine Antwort von %1 wurde abgelehnt, da dies nicht der gefragte Zeitserver ist; der Server selbst hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Refused the time server&apos;s reply: %1 bytes, too short for SNTP (48 at least).</source>
        <translation>Antwort des Zeitservers abgelehnt: %1 Byte, zu kurz für SNTP (mindestens 48).</translation>
    </message>
    <message>
        <source>Refused the time server&apos;s reply: NTP version %1 (3 or 4 expected).</source>
        <translation>Antwort des Zeitservers abgelehnt: NTP-Version %1 (3 oder 4 erwartet).</translation>
    </message>
    <message>
        <source>Refused the reply: it is not a time server&apos;s answer (mode %1).</source>
        <translation>Antwort abgelehnt: Sie stammt nicht von einem Zeitserver (Modus %1).</translation>
    </message>
    <message>
        <source>Refused the reply: it does not answer this request (its origin timestamp differs).</source>
        <translation>Antwort abgelehnt: Sie gehört nicht zu dieser Anfrage (ihr Ursprungszeitstempel weicht ab).</translation>
    </message>
    <message>
        <source>The time server refused to answer (kiss-o&apos;-death).</source>
        <translation>Der Zeitserver hat die Antwort verweigert (Kiss-o’-Death).</translation>
    </message>
    <message>
        <source>The time server refused to answer (kiss-o&apos;-death %1).</source>
        <translation>Der Zeitserver hat die Antwort verweigert (Kiss-o’-Death %1).</translation>
    </message>
    <message>
        <source>Refused the reply: the time server says its own clock is not synchronised.</source>
        <translation>Antwort abgelehnt: Der Zeitserver meldet, dass seine eigene Uhr nicht synchronisiert ist.</translation>
    </message>
    <message>
        <source>Refused the time server&apos;s reply: its %1 timestamp is invalid.</source>
        <translation>Antwort des Zeitservers abgelehnt: Ihr Zeitstempel „%1“ ist ungültig.</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>only one otpauth:// link can be given</source>
        <translation>nur ein otpauth://-Link kann angegeben werden</translation>
    </message>
    <message>
        <source>unknown option “%1”; see twofold --help</source>
        <translation>unbekannte Option „%1“; siehe twofold --help</translation>
    </message>
    <message>
        <source>unexpected argument; see twofold --help</source>
        <translation>unerwartetes Argument; siehe twofold --help</translation>
    </message>
    <message>
        <source>--quick-copy cannot be combined with --minimized or a link</source>
        <translation>--quick-copy kann nicht mit --minimized oder einem Link kombiniert werden</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Twofold cannot start</source>
        <translation>Twofold kann nicht starten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Password of the %1 file: </source>
        <extracomment>%1 is an app name such as Aegis</extracomment>
        <translation>Passwort der %1-Datei: </translation>
    </message>
    <message>
        <source>rejected “%1”: %2</source>
        <translation>„%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>inspect: give exactly one FILE</source>
        <translation>inspect: geben Sie genau eine DATEI an</translation>
    </message>
    <message>
        <source>import: give exactly one FILE</source>
        <translation>import: geben Sie genau eine DATEI an</translation>
    </message>
    <message>
        <source>import: --duplicates takes skip or add</source>
        <translation>import: --duplicates erwartet skip oder add</translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation>gespeichert, mit einer Warnung: %1</translation>
    </message>
    <message>
        <source>Twofold paper backup · %1 · page %2 of %3</source>
        <extracomment>Heading of each page of the paper backup: %1 date, %2 page, %3 pages</extracomment>
        <translation>Twofold-Papiersicherung · %1 · Seite %2 von %3</translation>
    </message>
    <message>
        <source>NOT ENCRYPTED: keep it as safe as the accounts it protects.</source>
        <extracomment>Paper backup: the warning on each page, then the labels under each QR code</extracomment>
        <translation>NICHT VERSCHLÜSSELT: so sicher aufbewahren wie die Konten, die es schützt.</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation>%1 Stellen</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>alle %1 s</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>Zähler %1</translation>
    </message>
    <message>
        <source>export: give exactly one FILE to write</source>
        <translation>export: geben Sie genau eine zu schreibende DATEI an</translation>
    </message>
    <message>
        <source>export: --format takes twofold, aegis, aegis-plain, uris or pdf</source>
        <translation>export: --format erwartet twofold, aegis, aegis-plain, uris oder pdf</translation>
    </message>
    <message>
        <source>export: this format is not encrypted: anyone who gets the file gets your codes. Add --unencrypted to write it anyway.</source>
        <translation>export: dieses Format ist nicht verschlüsselt: Wer die Datei bekommt, bekommt Ihre Codes. Mit --unencrypted wird sie trotzdem geschrieben.</translation>
    </message>
    <message>
        <source>Password for the exported file: </source>
        <translation>Passwort für die exportierte Datei: </translation>
    </message>
    <message>
        <source>export: the passwords differ; nothing was written</source>
        <translation>export: die Passwörter stimmen nicht überein; es wurde nichts geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written and verified.</source>
        <translation>
            <numerusform>%n Konto geschrieben und geprüft.</numerusform>
            <numerusform>%n Konten geschrieben und geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayAvailability</name>
    <message>
        <source>Minimise instead of quitting when the window is closed</source>
        <translation>Beim Schließen des Fensters minimieren statt beenden</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>(unnamed account)</source>
        <translation>(unbenanntes Konto)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Noch keine Konten</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Tresorpasswort</translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring</source>
        <translation>Mit dem Desktop-Schlüsselbund entsperren</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <extracomment>Shown when the vault is damaged and an older backup opens</extracomment>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replaces the damaged vault with the newest backup that opens; the damaged file is kept.</source>
        <translation>Ersetzt den beschädigten Tresor durch die neueste Sicherung, die sich öffnen lässt; die beschädigte Datei bleibt erhalten.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>the desktop keyring did not unlock the vault (%1); using the password</source>
        <translation>der Desktop-Schlüsselbund hat den Tresor nicht entsperrt (%1); das Passwort wird verwendet</translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation>Tresorpasswort: </translation>
    </message>
    <message>
        <source>Newest backup that opens: %1</source>
        <translation>Neueste Sicherung, die sich öffnen lässt: %1</translation>
    </message>
    <message>
        <source>No backup opens with this password either.</source>
        <translation>Auch keine Sicherung lässt sich mit diesem Passwort öffnen.</translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation>init: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Neues Tresorpasswort: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <source>init: the passwords differ; nothing was created</source>
        <translation>init: die Passwörter stimmen nicht überein; es wurde nichts erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%n stored entries need attention (kept unchanged).</source>
        <translation>
            <numerusform>%n gespeicherter Eintrag erfordert Aufmerksamkeit (bleibt unverändert).</numerusform>
            <numerusform>%n gespeicherte Einträge erfordern Aufmerksamkeit (bleiben unverändert).</numerusform>
        </translation>
    </message>
    <message>
        <source>show: give exactly one QUERY (issuer, name or uuid)</source>
        <translation>show: geben Sie genau eine SUCHE an (Dienst, Name oder UUID)</translation>
    </message>
    <message>
        <source>show: --time needs a Unix time in whole seconds</source>
        <translation>show: --time erwartet eine Unix-Zeit in ganzen Sekunden</translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation>gespeichert, mit einer Warnung: %1</translation>
    </message>
    <message>
        <source>add: give exactly one otpauth:// URI (or - to read it from standard input)</source>
        <translation>add: geben Sie genau eine otpauth://-URI an (oder -, um sie von der Standardeingabe zu lesen)</translation>
    </message>
    <message>
        <source>this secret is already in the vault as “%1” (%2); nothing was added (--allow-duplicate adds it anyway)</source>
        <translation>dieses Geheimnis ist bereits als „%1“ (%2) im Tresor; es wurde nichts hinzugefügt (--allow-duplicate fügt es trotzdem hinzu)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Twofold is already running but does not answer.</source>
        <translation>Twofold läuft bereits, antwortet aber nicht.</translation>
    </message>
</context>
<context>
    <name>twofold::AccountActions</name>
    <message>
        <source>This secret is already in the vault as %1.</source>
        <translation>Dieses Geheimnis ist bereits als %1 im Tresor.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <extracomment>Notifications; %1 is the service or account name</extracomment>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n Konto importiert.</numerusform>
            <numerusform>%n Konten importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::BackupReminder</name>
    <message>
        <source>There is no backup of your vault yet. Back up now, and keep a copy away from this computer.</source>
        <translation>Es gibt noch keine Sicherung Ihres Tresors. Sichern Sie ihn jetzt und bewahren Sie eine Kopie außerhalb dieses Computers auf.</translation>
    </message>
    <message numerus="yes">
        <source>Your newest backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>Ihre neueste Sicherung ist %n Tag alt. Sichern Sie Ihren Tresor jetzt.</numerusform>
            <numerusform>Ihre neueste Sicherung ist %n Tage alt. Sichern Sie Ihren Tresor jetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::BackupSession</name>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>Unbekanntes Exportformat „%1“.</translation>
    </message>
    <message>
        <source>Confirm that you want a file that is not encrypted.</source>
        <translation>Bestätigen Sie, dass Sie eine unverschlüsselte Datei möchten.</translation>
    </message>
    <message>
        <source>Choose a password for the exported file.</source>
        <translation>Wählen Sie ein Passwort für die exportierte Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported to %1 and checked.</source>
        <translation>
            <numerusform>%n Konto in %1 exportiert und geprüft.</numerusform>
            <numerusform>%n Konten in %1 exportiert und geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing from the backup: %1</source>
        <translation>Fehlt in der Sicherung: %1</translation>
    </message>
    <message>
        <source>Different in the backup: %1</source>
        <translation>Abweichend in der Sicherung: %1</translation>
    </message>
    <message>
        <source>Only in the backup: %1</source>
        <translation>Nur in der Sicherung: %1</translation>
    </message>
    <message numerus="yes">
        <source>The backup opens and holds exactly the %n account(s) of your vault.</source>
        <translation>
            <numerusform>Die Sicherung lässt sich öffnen und stimmt mit Ihrem Tresor überein: %n Konto.</numerusform>
            <numerusform>Die Sicherung lässt sich öffnen und stimmt mit Ihrem Tresor überein: %n Konten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup opens, but differs from your vault: %1 missing, %2 different, %3 only in the backup.</source>
        <translation>Die Sicherung lässt sich öffnen, weicht aber von Ihrem Tresor ab (fehlend: %1, abweichend: %2, nur in der Sicherung: %3).</translation>
    </message>
</context>
<context>
    <name>twofold::ClockCheck</name>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Choose a time server first.</source>
        <translation>Wählen Sie zuerst einen Zeitserver.</translation>
    </message>
    <message>
        <source>Offset %1: the time at %2 minus this computer&apos;s time.</source>
        <extracomment>%1 is a signed number of seconds such as &quot;+31.250 s&quot;, %2 the time server</extracomment>
        <translation>Abweichung %1: die Zeit von %2 minus die Zeit dieses Computers.</translation>
    </message>
    <message>
        <source>The clock the codes use is off by %1 (%2 minus this computer): sites may refuse the codes. Set the computer&apos;s clock, or correct the codes.</source>
        <extracomment>%1 is a signed number of seconds such as &quot;+31.250 s&quot;, %2 the time server</extracomment>
        <translation>Die Uhr, nach der die Codes berechnet werden, weicht um %1 ab (%2 minus dieser Computer): Websites lehnen die Codes möglicherweise ab. Stellen Sie die Uhr des Computers oder korrigieren Sie die Codes.</translation>
    </message>
    <message>
        <source>The desktop says this computer&apos;s clock is synchronised over the network.</source>
        <translation>Laut Desktop wird die Uhr dieses Computers über das Netzwerk synchronisiert.</translation>
    </message>
    <message>
        <source>The desktop says this computer&apos;s clock is not synchronised over the network.</source>
        <translation>Laut Desktop wird die Uhr dieses Computers nicht über das Netzwerk synchronisiert.</translation>
    </message>
    <message>
        <source>The desktop does not say whether this computer&apos;s clock is synchronised.</source>
        <translation>Der Desktop meldet nicht, ob die Uhr dieses Computers synchronisiert wird.</translation>
    </message>
</context>
<context>
    <name>twofold::CodeCopier</name>
    <message numerus="yes">
        <source>The code was about to expire, so the next one for %1 was copied — clears in %n s.</source>
        <translation>
            <numerusform>Der Code lief gleich ab, daher wurde der nächste für %1 kopiert – wird in %n s gelöscht.</numerusform>
            <numerusform>Der Code lief gleich ab, daher wurde der nächste für %1 kopiert – wird in %n s gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the code for %1 — clears in %n s.</source>
        <translation>
            <numerusform>Code für %1 kopiert – wird in %n s gelöscht.</numerusform>
            <numerusform>Code für %1 kopiert – wird in %n s gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s.</source>
        <translation>
            <numerusform>Kopiert – wird in %n s gelöscht.</numerusform>
            <numerusform>Kopiert – wird in %n s gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::ImportReviewModel</name>
    <message>
        <source>The same secret appears earlier in this import.</source>
        <translation>Dasselbe Geheimnis kommt weiter oben in diesem Import schon vor.</translation>
    </message>
    <message>
        <source>Already in the vault as %1.</source>
        <translation>Bereits als %1 im Tresor.</translation>
    </message>
</context>
<context>
    <name>twofold::ImportSession</name>
    <message>
        <source>%1 of %2 transfer codes scanned. Scan the others to add every account.</source>
        <extracomment>A Google Authenticator transfer shows several QR codes; %1 and %2 count them</extracomment>
        <translation>%1 von %2 Übertragungscodes gescannt. Scannen Sie die übrigen, um alle Konten hinzuzufügen.</translation>
    </message>
    <message>
        <source>QR code</source>
        <extracomment>Where scanned accounts come from, shown as &quot;Import from QR code&quot;</extracomment>
        <translation>QR-Code</translation>
    </message>
</context>
<context>
    <name>twofold::KeyringUnlock</name>
    <message>
        <source>This computer can now unlock the vault without the password.</source>
        <translation>Dieser Computer kann den Tresor jetzt ohne Passwort entsperren.</translation>
    </message>
</context>
<context>
    <name>twofold::PasswordChange</name>
    <message>
        <source>Its key derivation was raised to the current default (Argon2id, %1 MiB, %2 passes).</source>
        <extracomment>%1 is a number of MiB, %2 of passes</extracomment>
        <translation>Seine Schlüsselableitung wurde auf den aktuellen Standard angehoben (Argon2id, %1 MiB, %2 Durchläufe).</translation>
    </message>
    <message>
        <source>The key derivation will also be raised to the current default (Argon2id, %1 MiB, %2 passes), so unlocking takes a little longer.</source>
        <translation>Die Schlüsselableitung wird zudem auf den aktuellen Standard angehoben (Argon2id, %1 MiB, %2 Durchläufe), daher dauert das Entsperren etwas länger.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Geben Sie Ihr aktuelles Passwort ein.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Wählen Sie ein neues Passwort.</translation>
    </message>
    <message>
        <source>The new passwords differ. Nothing was changed.</source>
        <translation>Die neuen Passwörter stimmen nicht überein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Keyring unlock is already off.</source>
        <translation>Das Entsperren per Schlüsselbund ist bereits ausgeschaltet.</translation>
    </message>
    <message>
        <source>Wrong password. Keyring unlock stays on.</source>
        <translation>Falsches Passwort. Das Entsperren per Schlüsselbund bleibt eingeschaltet.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Das aktuelle Passwort ist falsch. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The vault was locked meanwhile. Nothing was changed.</source>
        <translation>Der Tresor wurde inzwischen gesperrt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The desktop keyring holds a new key for this computer.</source>
        <translation>Der Desktop-Schlüsselbund verwahrt einen neuen Schlüssel für diesen Computer.</translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring is now off: %1</source>
        <translation>Das Entsperren mit dem Desktop-Schlüsselbund ist jetzt ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>The old key could not be removed from the desktop keyring: %1</source>
        <translation>Der alte Schlüssel konnte nicht aus dem Desktop-Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>The old key was removed from the keyring.</source>
        <translation>Der alte Schlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Keyring unlock is off, and the vault has a new key: a copy of the keyring&apos;s old key opens nothing saved from now on.</source>
        <translation>Das Entsperren per Schlüsselbund ist ausgeschaltet, und der Tresor hat einen neuen Schlüssel: Eine Kopie des alten Schlüssels aus dem Schlüsselbund öffnet nichts mehr, was ab jetzt gespeichert wird.</translation>
    </message>
    <message>
        <source>Your password was changed, and the vault has a new key.</source>
        <translation>Ihr Passwort wurde geändert, und der Tresor hat einen neuen Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n earlier automatic backup(s) still open with the old password.</source>
        <translation>
            <numerusform>Ihre %n frühere automatische Sicherung lässt sich weiterhin mit dem alten Passwort öffnen.</numerusform>
            <numerusform>Ihre %n früheren automatischen Sicherungen lassen sich weiterhin mit dem alten Passwort öffnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-encrypting the automatic backups failed: %1 Those not yet done still open with the old password.</source>
        <translation>Das Neuverschlüsseln der automatischen Sicherungen ist fehlgeschlagen: %1 Die noch nicht erledigten lassen sich weiterhin mit dem alten Passwort öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were re-encrypted under the new key.</source>
        <translation>
            <numerusform>%n automatische Sicherung wurde mit dem neuen Schlüssel neu verschlüsselt.</numerusform>
            <numerusform>%n automatische Sicherungen wurden mit dem neuen Schlüssel neu verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were re-encrypted and open with the new password only.</source>
        <translation>
            <numerusform>%n automatische Sicherung wurde neu verschlüsselt und lässt sich nur noch mit dem neuen Passwort öffnen.</numerusform>
            <numerusform>%n automatische Sicherungen wurden neu verschlüsselt und lassen sich nur noch mit dem neuen Passwort öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) were left as they were: they open with the password in use when they were made.</source>
        <translation>
            <numerusform>%n ältere Sicherung blieb unverändert: Sie lässt sich mit dem Passwort öffnen, das bei ihrer Erstellung galt.</numerusform>
            <numerusform>%n ältere Sicherungen blieben unverändert: Sie lassen sich mit dem Passwort öffnen, das bei ihrer Erstellung galt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::PasswordStrength</name>
    <message>
        <source>Too weak</source>
        <extracomment>Password strength ratings, from worst to best</extracomment>
        <translation>Zu schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>twofold::QrCamera</name>
    <message>
        <source>Waiting for permission to use the camera…</source>
        <translation>Warte auf die Erlaubnis, die Kamera zu verwenden…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>That QR code holds no otpauth:// link. Hold up the code the service shows for setting up two-factor authentication.</source>
        <translation>Dieser QR-Code enthält keinen otpauth://-Link. Halten Sie den Code in die Kamera, den der Dienst zum Einrichten der Zwei-Faktor-Authentifizierung anzeigt.</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera.</source>
        <translation>Halten Sie den QR-Code vor die Kamera.</translation>
    </message>
    <message>
        <source>No camera was found. Connect one, or read the QR code from an image or from the screen instead.</source>
        <translation>Es wurde keine Kamera gefunden. Schließen Sie eine an, oder lesen Sie den QR-Code stattdessen aus einem Bild oder vom Bildschirm.</translation>
    </message>
    <message>
        <source>Twofold is not allowed to use the camera. Allow camera access in your system&apos;s privacy settings, then try again.</source>
        <translation>Twofold darf die Kamera nicht verwenden. Erlauben Sie den Kamerazugriff in den Datenschutzeinstellungen Ihres Systems und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The camera could not be started. Another application may be using it.</source>
        <translation>Die Kamera konnte nicht gestartet werden. Möglicherweise wird sie von einer anderen Anwendung verwendet.</translation>
    </message>
    <message>
        <source>The camera could not be started (%1). Another application may be using it.</source>
        <translation>Die Kamera konnte nicht gestartet werden (%1). Möglicherweise wird sie von einer anderen Anwendung verwendet.</translation>
    </message>
</context>
<context>
    <name>twofold::QrIntake</name>
    <message>
        <source>The clipboard holds neither an image nor an otpauth:// link.</source>
        <translation>Die Zwischenablage enthält weder ein Bild noch einen otpauth://-Link.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Im Bild wurde kein QR-Code gefunden.</translation>
    </message>
    <message>
        <source>The QR code does not hold an otpauth:// link.</source>
        <translation>Der QR-Code enthält keinen otpauth://-Link.</translation>
    </message>
    <message>
        <source>The screen could not be read (%1).</source>
        <translation>Der Bildschirm konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>This desktop offers no screenshot portal, so Twofold cannot read the screen. Install the desktop&apos;s xdg-desktop-portal back end (on sway and other wlroots compositors: xdg-desktop-portal-wlr with xdg-desktop-portal-gtk), or save the QR code as an image and use “Open image…”.</source>
        <translation>Diese Arbeitsumgebung bietet kein Bildschirmfoto-Portal, daher kann Twofold den Bildschirm nicht lesen. Installieren Sie das xdg-desktop-portal-Backend der Arbeitsumgebung (unter sway und anderen wlroots-Compositoren: xdg-desktop-portal-wlr mit xdg-desktop-portal-gtk), oder speichern Sie den QR-Code als Bild und verwenden Sie „Bild öffnen …“.</translation>
    </message>
    <message>
        <source>The screen scan was cancelled; nothing was read.</source>
        <translation>Das Scannen des Bildschirms wurde abgebrochen; nichts wurde gelesen.</translation>
    </message>
    <message>
        <source>The desktop&apos;s screenshot portal refused or failed to take the screenshot. If screenshots were denied to Twofold, allow them in the desktop&apos;s privacy settings; otherwise save the QR code as an image and use “Open image…”.</source>
        <translation>Das Bildschirmfoto-Portal der Arbeitsumgebung hat das Bildschirmfoto verweigert oder konnte es nicht aufnehmen. Wurden Twofold Bildschirmfotos verweigert, erlauben Sie sie in den Datenschutzeinstellungen der Arbeitsumgebung; andernfalls speichern Sie den QR-Code als Bild und verwenden Sie „Bild öffnen …“.</translation>
    </message>
</context>
<context>
    <name>twofold::ShortcutPortal</name>
    <message>
        <source>Quick copy a code</source>
        <translation>Einen Code schnell kopieren</translation>
    </message>
</context>
<context>
    <name>twofold::TrayController</name>
    <message>
        <source>Unlock…</source>
        <translation>Entsperren…</translation>
    </message>
    <message>
        <source>Quick copy…</source>
        <translation>Schnell kopieren…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Twofold — unlocked</source>
        <translation>Twofold – entsperrt</translation>
    </message>
    <message>
        <source>Twofold — locked</source>
        <translation>Twofold – gesperrt</translation>
    </message>
    <message>
        <source>Twofold</source>
        <translation>Twofold</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Fenster ausblenden</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Fenster anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Next code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the service, e.g. &quot;GitHub&quot;; the clipboard is cleared after %n seconds.</extracomment>
        <translation>
            <numerusform>Nächster Code für %1 kopiert – wird in %n s gelöscht</numerusform>
            <numerusform>Nächster Code für %1 kopiert – wird in %n s gelöscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <translation>
            <numerusform>Code für %1 kopiert – wird in %n s gelöscht</numerusform>
            <numerusform>Code für %1 kopiert – wird in %n s gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>The current code was about to expire.</source>
        <translation>Der aktuelle Code lief gleich ab.</translation>
    </message>
    <message>
        <source>Twofold is still running</source>
        <translation>Twofold läuft weiter</translation>
    </message>
    <message>
        <source>It stays in the system tray, ready to copy codes. Choose Quit in its menu to end it.</source>
        <translation>Twofold bleibt im Infobereich, bereit zum Kopieren von Codes. Zum Beenden wählen Sie „Beenden“ in seinem Menü.</translation>
    </message>
    <message>
        <source>Nothing was copied</source>
        <translation>Nichts wurde kopiert</translation>
    </message>
    <message>
        <source>This desktop lets a program set the clipboard only from a focused window, and gave Twofold&apos;s none. Use Quick copy… or copy in Twofold&apos;s window.</source>
        <translation>Dieser Desktop erlaubt einem Programm, die Zwischenablage nur aus einem Fenster mit Fokus zu setzen, und hat keinem Fenster von Twofold den Fokus gegeben. Verwenden Sie „Schnell kopieren…“ oder kopieren Sie im Fenster von Twofold.</translation>
    </message>
</context>
<context>
    <name>twofold::TrayHostProbe</name>
    <message>
        <source>This desktop shows no tray icons: no StatusNotifierItem host is running (on GNOME, the AppIndicator extension adds one). Closing the window therefore quits or minimises Twofold, as chosen below.</source>
        <translation>Dieser Desktop zeigt keine Symbole im Infobereich: Es läuft kein StatusNotifierItem-Host (unter GNOME fügt die Erweiterung AppIndicator einen hinzu). Beim Schließen des Fensters wird Twofold daher beendet oder minimiert, wie unten gewählt.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: no system tray is running. Closing the window therefore quits or minimises Twofold, as chosen below.</source>
        <translation>Dieser Desktop zeigt keine Symbole im Infobereich: Es läuft kein Infobereich. Beim Schließen des Fensters wird Twofold daher beendet oder minimiert, wie unten gewählt.</translation>
    </message>
</context>
<context>
    <name>twofold::VaultParts</name>
    <message numerus="yes">
        <source>Conflict copies left by a sync tool merged into the vault: %n. They were moved to %1.</source>
        <extracomment>%n is how many, %1 is the backup folder</extracomment>
        <translation>
            <numerusform>Von einem Sync-Programm hinterlassene Konfliktkopie in den Tresor übernommen: %n. Sie wurde nach %1 verschoben.</numerusform>
            <numerusform>Von einem Sync-Programm hinterlassene Konfliktkopien in den Tresor übernommen: %n. Sie wurden nach %1 verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::VaultSaver</name>
    <message>
        <source>Unsaved changes from an earlier session are kept in %1; they open with the password used then.</source>
        <translation>Ungespeicherte Änderungen aus einer früheren Sitzung liegen in %1; sie lassen sich mit dem damals verwendeten Passwort öffnen.</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>Gespeichert, mit einer Warnung: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept in memory; Twofold will try again.</source>
        <extracomment>%1 is a sentence saying why saving failed</extracomment>
        <translation>Nicht gespeichert: %1 Ihre Änderungen bleiben im Arbeitsspeicher; Twofold versucht es erneut.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes were kept in %2 and are merged at the next unlock.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen wurden in %2 aufbewahrt und beim nächsten Entsperren übernommen.</translation>
    </message>
    <message>
        <source>Not saved: %1 Keeping the changes aside failed too: %2</source>
        <translation>Nicht gespeichert: %1 Auch das Zurücklegen der Änderungen ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>twofold::VaultSession</name>
    <message>
        <source>The newest backup that opens is from %1.</source>
        <translation>Die neueste Sicherung, die sich öffnen lässt, stammt vom %1.</translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file was kept beside it. Unlock to continue.</source>
        <translation>Die Sicherung wurde wiederhergestellt; die beschädigte Datei liegt daneben. Entsperren Sie den Tresor, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>twofold::VaultWatcher</name>
    <message>
        <source>The vault file changed on disk and does not open: %1</source>
        <extracomment>%1 is a sentence saying why the vault file did not open</extracomment>
        <translation>Die Tresordatei wurde auf der Festplatte geändert und lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>A sync tool left a conflict copy beside the vault that does not open with its password, so it was not merged and stays where it is: %1</source>
        <extracomment>%1 lists file names, each with the reason it did not open</extracomment>
        <translation>Ein Sync-Programm hat neben dem Tresor eine Konfliktkopie hinterlassen, die sich mit seinem Passwort nicht öffnen lässt; sie wurde daher nicht übernommen und bleibt, wo sie ist: %1</translation>
    </message>
</context>
<context>
    <name>twofold::WaylandCopy</name>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
</context>
</TS>
