<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, %2, code %3</source>
        <extracomment>Screen reader name of an account: %1 service, %2 account name, %3 current code</extracomment>
        <translation>%1, %2, code %3</translation>
    </message>
    <message>
        <source>Favourite</source>
        <extracomment>Screen reader name of the star shown on favourite accounts</extracomment>
        <translation>Favori</translation>
    </message>
    <message>
        <source>next %1</source>
        <extracomment>Small label after the current code: %1 is the code of the next period</extracomment>
        <translation>suivant %1</translation>
    </message>
    <message>
        <source>Next</source>
        <extracomment>Button of a counter-based (HOTP) account: compute the next code</extracomment>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next code for %1</source>
        <translation>Code suivant pour %1</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Retirer des favoris</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Ajouter aux favoris</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <extracomment>Moves the account one place up in the list (the order becomes manual)</extracomment>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>AccountDetailsDialog</name>
    <message>
        <source>Account details</source>
        <translation>Détails du compte</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The website or company the account belongs to (the issuer)</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>work, finance</source>
        <extracomment>Example tags, shown in the empty field</extracomment>
        <translation>travail, finances</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>Favourite (shown first)</source>
        <translation>Favori (affiché en premier)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <source>Paste new recovery codes, one per line</source>
        <translation>Collez les nouveaux codes, un par ligne</translation>
    </message>
    <message>
        <source>New recovery codes</source>
        <translation>Nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>%1 · %2 digits · every %3 s</source>
        <extracomment>%1 is the algorithm (SHA1, SHA256 or SHA512), %2 the number of digits, %3 seconds per code</extracomment>
        <translation>%1 · %2 chiffres · toutes les %3 s</translation>
    </message>
    <message numerus="yes">
        <source>used %n time(s)</source>
        <translation>
            <numerusform>utilisé %n fois</numerusform>
            <numerusform>utilisé %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation>Code QR…</translation>
    </message>
    <message>
        <source>Show the QR code to copy this account to a phone</source>
        <translation>Afficher le code QR pour copier ce compte sur un téléphone</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <source>%n stored entries need attention: Twofold cannot use them (for example an unknown type), so they are kept unchanged and not shown.</source>
        <translation>
            <numerusform>%n entrée enregistrée demande votre attention&#xa0;: Twofold ne peut pas l’utiliser (par exemple à cause d’un type inconnu), elle est donc conservée telle quelle et n’est pas affichée.</numerusform>
            <numerusform>%n entrées enregistrées demandent votre attention&#xa0;: Twofold ne peut pas les utiliser (par exemple à cause d’un type inconnu), elles sont donc conservées telles quelles et ne sont pas affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search accounts (Ctrl+F)</source>
        <translation>Rechercher des comptes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Add an account (Ctrl+N)</source>
        <translation>Ajouter un compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Account deleted.</source>
        <translation>Compte supprimé.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>More</source>
        <extracomment>A menu button: import, export, backups</extracomment>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Import, export and backups</source>
        <translation>Importation, exportation et sauvegardes</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importer depuis une autre application…</translation>
    </message>
    <message>
        <source>Export or back up…</source>
        <translation>Exporter ou sauvegarder…</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Vérifier une sauvegarde…</translation>
    </message>
    <message>
        <source>Transfer to Google Authenticator…</source>
        <translation>Transférer vers Google Authenticator…</translation>
    </message>
    <message>
        <source>The list is now in your own order. Choose another order in Settings.</source>
        <translation>La liste suit maintenant votre propre ordre. Choisissez un autre tri dans les paramètres.</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>The tag filter chip that shows accounts with any tag</extracomment>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show accounts tagged %1</source>
        <extracomment>Screen reader name of a tag filter chip; %1 is the tag</extracomment>
        <translation>Afficher les comptes avec l’étiquette %1</translation>
    </message>
    <message>
        <source>Show all accounts</source>
        <translation>Afficher tous les comptes</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message numerus="yes">
        <source>%n more code(s) in the image; add them one at a time.</source>
        <translation>
            <numerusform>%n autre code dans l’image&#xa0;; ajoutez-le séparément.</numerusform>
            <numerusform>%n autres codes dans l’image&#xa0;; ajoutez-les un par un.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an image with a QR code</source>
        <translation>Choisir une image contenant un code QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.svg)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Setup link</source>
        <extracomment>Tab: add an account from an otpauth:// link (what a setup QR code holds)</extracomment>
        <translation>Lien de configuration</translation>
    </message>
    <message>
        <source>Setup key</source>
        <extracomment>Tab: add an account by typing the setup key</extracomment>
        <translation>Clé de configuration</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <translation>Coller une image ou un lien</translation>
    </message>
    <message>
        <source>otpauth://totp/…</source>
        <translation>otpauth://totp/…</translation>
    </message>
    <message>
        <source>otpauth link</source>
        <translation>Lien otpauth</translation>
    </message>
    <message>
        <source>Add it anyway</source>
        <extracomment>Check box shown when the account is already in the vault</extracomment>
        <translation>L’ajouter quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter le compte</translation>
    </message>
    <message>
        <source>Scan the screen</source>
        <translation>Scanner l’écran</translation>
    </message>
    <message>
        <source>Paste the otpauth:// link behind the service&apos;s QR code, or read the QR code from an image, the screen or a camera.</source>
        <translation>Collez le lien otpauth:// contenu dans le code QR du service, ou lisez le code QR depuis une image, l’écran ou une caméra.</translation>
    </message>
    <message>
        <source>Use the camera</source>
        <translation>Utiliser la caméra</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Twofold backup (encrypted)</source>
        <translation>Sauvegarde Twofold (chiffrée)</translation>
    </message>
    <message>
        <source>Aegis, opens on Android (encrypted)</source>
        <translation>Aegis, s’ouvre sur Android (chiffré)</translation>
    </message>
    <message>
        <source>Aegis (not encrypted)</source>
        <translation>Aegis (non chiffré)</translation>
    </message>
    <message>
        <source>otpauth:// links (not encrypted)</source>
        <translation>Liens otpauth:// (non chiffrés)</translation>
    </message>
    <message>
        <source>Printable paper backup, PDF (not encrypted)</source>
        <translation>Sauvegarde papier imprimable, PDF (non chiffrée)</translation>
    </message>
    <message>
        <source>Backups and exports</source>
        <translation>Sauvegardes et exportations</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Choose a backup to check</source>
        <translation>Choisir une sauvegarde à vérifier</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’exportation</translation>
    </message>
    <message>
        <source>Password for the exported file</source>
        <translation>Mot de passe du fichier exporté</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who gets it can generate your codes. Keep it offline, and delete it when you no longer need it.</source>
        <translation>Ce fichier n’est pas chiffré&#xa0;: quiconque l’obtient peut générer vos codes. Conservez-le hors ligne et supprimez-le lorsque vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Open a backup or export and compare it with your vault, to know it would restore everything.</source>
        <translation>Ouvrez une sauvegarde ou une exportation et comparez-la à votre coffre, pour savoir si elle permettrait de tout restaurer.</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Choisir une sauvegarde…</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Aucune caméra</translation>
    </message>
    <message>
        <source>No access to the camera</source>
        <translation>Pas d’accès à la caméra</translation>
    </message>
    <message>
        <source>The camera is not available</source>
        <translation>La caméra n’est pas disponible</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Turn off keyring unlock</source>
        <translation>Désactiver le déverrouillage par le trousseau</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Type your password to turn keyring unlock off. The vault gets a new key, so the key kept in the keyring opens nothing saved from now on.</source>
        <translation>Saisissez votre mot de passe pour désactiver le déverrouillage par le trousseau. Le coffre reçoit une nouvelle clé&#xa0;: la clé gardée dans le trousseau n’ouvrira rien de ce qui sera enregistré désormais.</translation>
    </message>
    <message>
        <source>The vault gets a new key: the new password opens it from now on, the old one no longer does.</source>
        <translation>Le coffre reçoit une nouvelle clé&#xa0;: le nouveau mot de passe l’ouvre désormais, l’ancien ne l’ouvre plus.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Robustesse du mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <extracomment>%1 is a rating: Too weak, Weak, Fair, Good or Strong</extracomment>
        <translation>Robustesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember.</source>
        <translation>Utilisez une longue phrase de passe dont vous pouvez vous souvenir.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Répétez le nouveau mot de passe</translation>
    </message>
    <message>
        <source>The new passwords differ.</source>
        <translation>Les nouveaux mots de passe ne correspondent pas.</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the %n automatic backup(s) with the new password</source>
        <translation>
            <numerusform>Rechiffrer %n sauvegarde automatique avec le nouveau mot de passe</numerusform>
            <numerusform>Rechiffrer les %n sauvegardes automatiques avec le nouveau mot de passe</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups made so far will keep opening with the old password.</source>
        <translation>Les sauvegardes faites jusqu’ici continueront de s’ouvrir avec l’ancien mot de passe.</translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check the clock</source>
        <translation>Vérifier l’horloge</translation>
    </message>
    <message>
        <source>Codes are made from the time. If this computer&apos;s clock is off by more than a few seconds, sites refuse them. Choose a time server to compare the clock with; nothing is asked until you press Check.</source>
        <translation>Les codes sont calculés à partir de l’heure. Si l’horloge de cet ordinateur est décalée de plus de quelques secondes, les sites les refusent. Choisissez un serveur de temps avec lequel comparer l’horloge&#xa0;; rien n’est demandé avant que vous cliquiez sur «&#xa0;Vérifier&#xa0;».</translation>
    </message>
    <message>
        <source>Time server (for example pool.ntp.org, or HOST:PORT)</source>
        <translation>Serveur de temps (par exemple pool.ntp.org, ou HÔTE:PORT)</translation>
    </message>
    <message>
        <source>Time server</source>
        <translation>Serveur de temps</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Correct the codes by</source>
        <translation>Corriger les codes de</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Seconds, abbreviated, in a number field; a correction shows its sign</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Seconds added to this computer&apos;s clock for the codes of this vault</source>
        <translation>Secondes ajoutées à l’horloge de cet ordinateur pour les codes de ce coffre</translation>
    </message>
    <message>
        <source>Use the measured offset (%1 s)</source>
        <translation>Utiliser le décalage mesuré (%1 s)</translation>
    </message>
    <message>
        <source>The correction is kept in this vault and used by its codes here and on every computer that opens it, and by twofold show.</source>
        <translation>La correction est enregistrée dans ce coffre et utilisée pour ses codes, ici et sur chaque ordinateur qui l’ouvre, ainsi que par twofold show.</translation>
    </message>
</context>
<context>
    <name>ClockCommand</name>
    <message>
        <source>clock: unexpected argument “%1”</source>
        <translation>clock&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>clock: no time server chosen; give --server HOST[:PORT] (e.g. pool.ntp.org) or choose one in the window&apos;s settings</source>
        <translation>clock&#xa0;: aucun serveur de temps choisi&#xa0;; indiquez --server HÔTE[:PORT] (p. ex. pool.ntp.org) ou choisissez-en un dans les paramètres de la fenêtre</translation>
    </message>
</context>
<context>
    <name>ClockWarning</name>
    <message>
        <source>Correct by %1 s</source>
        <translation>Corriger de %1 s</translation>
    </message>
</context>
<context>
    <name>CodeCard</name>
    <message>
        <source>(no issuer)</source>
        <extracomment>Shown instead of the service name when the link names none</extracomment>
        <translation>(aucun service)</translation>
    </message>
    <message>
        <source>Current code %1</source>
        <translation>Code actuel %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <extracomment>%1 is the code of the next period</extracomment>
        <translation>Suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counter-based code: it changes when you ask for the next one.</source>
        <translation>Code basé sur un compteur&#xa0;: il change lorsque vous demandez le suivant.</translation>
    </message>
    <message>
        <source>This secret is shorter than the recommended 80 bits.</source>
        <translation>Ce secret est plus court que les 80 bits recommandés.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown command “%1”; see twofold --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir twofold --help</translation>
    </message>
    <message>
        <source>scan: give one or more image files</source>
        <extracomment>Command-line errors start with the command name (scan, code, init, ...), which stays untranslated</extracomment>
        <translation>scan&#xa0;: indiquez un ou plusieurs fichiers image</translation>
    </message>
    <message>
        <source>code: unexpected argument “%1”</source>
        <translation>code&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>code: --uri URI is required</source>
        <translation>code&#xa0;: --uri URI est obligatoire</translation>
    </message>
    <message>
        <source>code: --time needs a Unix time in whole seconds</source>
        <translation>code&#xa0;: --time attend une heure Unix en secondes entières</translation>
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
        <translation>Usage&#xa0;: twofold [--minimized] [otpauth://…]
        twofold --quick-copy
        twofold COMMANDE [OPTIONS]

Sans commande, Twofold ouvre sa fenêtre et propose d’ajouter le lien otpauth:// s’il est
donné&#xa0;; --minimized le démarre masqué dans la zone de notification. Si Twofold est déjà
lancé, c’est plutôt la fenêtre existante qui passe au premier plan (et reçoit le lien).
--quick-copy ouvre la fenêtre de copie rapide (tapez, Entrée copie), en démarrant Twofold si
besoin et en demandant d’abord le mot de passe si le coffre est verrouillé&#xa0;: associez-le
à un raccourci clavier.

Commandes&#xa0;:
  code --uri URI [--time SECONDES_UNIX] [--next]
        Affiche le code d’une URI otpauth:// (sans coffre). --uri - lit l’URI sur la
        première ligne de l’entrée standard, ce qui garde le secret hors de `ps`.
  clock [--server HÔTE[:PORT]]
        Demande à un serveur de temps (SNTP) de combien l’horloge de cet ordinateur
        est décalée&#xa0;; affiche «&#xa0;offset +S.SSS s&#xa0;» (heure du serveur moins heure
        locale). Sans --server, le serveur choisi dans les paramètres de la fenêtre.
        Code de sortie 1 si le décalage dépasse 10 s, 2 si le serveur ne répond pas
        dans les 3 s ou si sa réponse est refusée.
  scan IMAGE… [--json]
        Affiche le texte de chaque code QR des images, un par ligne (une barre oblique
        inverse, un saut de ligne ou un retour chariot dans un code s’écrit \\, \n ou
        \r). Code de sortie 1 si aucun n’est trouvé.
  init                Crée un nouveau coffre (et son dossier, mode 0700). N’écrase
                      jamais rien.
  list [--json]       Affiche une ligne par compte&#xa0;: uuid, type, service, nom
                      (séparés par des tabulations).
  show RECHERCHE [--time SECONDES_UNIX] [--next] [--json]
        Affiche le code actuel du seul compte correspondant à RECHERCHE (service, nom,
        service:nom ou uuid). Afficher un code basé sur un compteur (HOTP) le
        consomme&#xa0;: le compteur avance. Plusieurs correspondances&#xa0;: les candidats vont
        sur stderr, code de sortie 2.
  add URI [--allow-duplicate]
        Ajoute un compte otpauth:// (- le lit sur l’entrée standard)&#xa0;; affiche son uuid.
  passwd [--new-password-file F] [--keep-backups]
        Change le mot de passe du coffre (demande l’actuel, puis deux fois le nouveau).
        Le coffre reçoit une nouvelle clé&#xa0;; une entrée du trousseau est renouvelée,
        l’ancienne supprimée. Les sauvegardes automatiques sont aussi rechiffrées, sauf
        avec --keep-backups. N’affiche rien&#xa0;; code de sortie 3 si le mot de passe actuel
        est incorrect (rien n’est alors modifié).
  inspect FICHIER [--password-file F] [--key-file K] [--json]
        Affiche les comptes de l’exportation ou de la sauvegarde d’une autre
        application sous forme d’URI otpauth://, une par ligne&#xa0;; les entrées
        inutilisables vont sur stderr avec la raison (code de sortie 1). Le format est
        reconnu d’après le contenu. --password-file donne le mot de passe du fichier,
        --key-file le fichier clé d’une base KeePass (le mot de passe n’est alors lu
        que depuis --password-file, et peut être omis).
  import FICHIER [--import-password-file F] [--key-file K] [--duplicates skip|add] [--json]
        Ajoute au coffre les comptes d’un tel fichier. Affiche une ligne par compte&#xa0;:
        added|duplicate, uuid, service, nom. Les doublons (même secret et même type)
        sont ignorés, sauf avec --duplicates add. Code de sortie 1 si des entrées ont
        été rejetées ou si rien n’a été ajouté.
  export FICHIER --format twofold|aegis|aegis-plain|uris|pdf
         [--export-password-file F] [--unencrypted]
        Écrit tous les comptes dans FICHIER&#xa0;: une sauvegarde Twofold chiffrée, un
        fichier Aegis chiffré ou non (s’ouvre dans Aegis sur Android), des lignes
        otpauth:// ou un PDF imprimable avec des codes QR. Le fichier est relu et
        comparé avant que son nom soit affiché. Les formats non chiffrés exigent
        --unencrypted.

Options du coffre (init, list, show, add, passwd, import, export)&#xa0;:
  --vault CHEMIN          Le fichier du coffre (par défaut
                          ~/.local/share/twofold/vault.twofold).
  --password-file FICHIER Lit le mot de passe sur la première ligne de FICHIER au lieu
                          de le demander (pour passwd&#xa0;: le mot de passe actuel).

--json (list, show, scan, inspect, import) affiche un seul document JSON au lieu de
lignes&#xa0;; ses champs sont décrits dans la page de manuel twofold(1).

Options&#xa0;:
  -h, --help       Affiche cette aide.
  -v, --version    Affiche la version.

Codes de sortie&#xa0;: 0 succès, 1 résultat partiel ou rien trouvé, 2 entrée invalide ou
fichier illisible, 3 mot de passe incorrect, 4 coffre endommagé ou version plus récente.
</translation>
    </message>
</context>
<context>
    <name>ConflictCopiesStep</name>
    <message>
        <source>conflict copy %1 does not open with this vault&apos;s password; not merged, left in place (%2)</source>
        <extracomment>%1 is a file name, %2 a sentence saying why it did not open</extracomment>
        <translation>la copie de conflit %1 ne s’ouvre pas avec le mot de passe de ce coffre&#xa0;; non fusionnée, laissée en place (%2)</translation>
    </message>
    <message numerus="yes">
        <source>conflict copies merged into the vault: %n (%1); moved to %2</source>
        <extracomment>%n is how many, %1 lists their file names, %2 is the backup folder</extracomment>
        <translation>
            <numerusform>copie de conflit fusionnée dans le coffre&#xa0;: %n (%1)&#xa0;; déplacée vers %2</numerusform>
            <numerusform>copies de conflit fusionnées dans le coffre&#xa0;: %n (%1)&#xa0;; déplacées vers %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Welcome to Twofold</source>
        <translation>Bienvenue dans Twofold</translation>
    </message>
    <message>
        <source>Your two-factor secrets will live in an encrypted vault on this computer. Choose a password to protect it. Twofold keeps verified backups beside the vault; still, keep your services&apos; recovery codes somewhere safe — they are what gets you back in if this computer is lost.</source>
        <translation>Vos secrets à deux facteurs seront conservés dans un coffre chiffré sur cet ordinateur. Choisissez un mot de passe pour le protéger. Twofold garde des sauvegardes vérifiées à côté du coffre&#xa0;; conservez tout de même les codes de récupération de vos services en lieu sûr&#xa0;: ce sont eux qui vous permettront de retrouver l’accès à vos comptes si cet ordinateur est perdu.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New vault password</source>
        <translation>Nouveau mot de passe du coffre</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Robustesse du mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <extracomment>%1 is a rating: Too weak, Weak, Fair, Good or Strong</extracomment>
        <translation>Robustesse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use a long passphrase you can remember.</source>
        <translation>Utilisez une longue phrase de passe dont vous pouvez vous souvenir.</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>Also unlock with the desktop keyring on this computer</source>
        <translation>Déverrouiller aussi avec le trousseau de clés du bureau sur cet ordinateur</translation>
    </message>
    <message>
        <source>The keyring keeps a key that opens the vault, so this computer does not ask for the password. The password still works everywhere.</source>
        <translation>Le trousseau garde une clé qui ouvre le coffre&#xa0;: cet ordinateur ne demande donc pas le mot de passe. Le mot de passe reste valable partout.</translation>
    </message>
    <message>
        <source>The passwords differ.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Fichier du coffre&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmationDialog</name>
    <message>
        <source>Delete this account?</source>
        <translation>Supprimer ce compte&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” will be removed from the vault. You can undo this until the vault is locked.</source>
        <translation>«&#xa0;%1&#xa0;» sera retiré du coffre. Vous pouvez annuler cette action tant que le coffre n’est pas verrouillé.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>No account matches your search.</source>
        <translation>Aucun compte ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Add an account with the setup key or otpauth:// link your service shows when you turn on two-factor authentication.</source>
        <translation>Ajoutez un compte avec la clé de configuration ou le lien otpauth:// que votre service affiche lorsque vous activez l’authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Import from another app</source>
        <translation>Importer depuis une autre application</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The cryptography provider is incomplete (missing: %1). Install the QCA OpenSSL plugin (package libqca-qt6-plugins) and start Twofold again.</source>
        <translation>Le fournisseur de cryptographie est incomplet (manquant&#xa0;: %1). Installez le greffon OpenSSL de QCA (paquet libqca-qt6-plugins) et relancez Twofold.</translation>
    </message>
    <message>
        <source>The secret contains “%1”, which is not a base32 character (A–Z, 2–7).</source>
        <translation>Le secret contient «&#xa0;%1&#xa0;», qui n’est pas un caractère base32 (A–Z, 2–7).</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
    </message>
    <message>
        <source>The time %1 is before 1970; codes need a time of 0 or later.</source>
        <translation>L’heure %1 est antérieure à 1970&#xa0;; les codes exigent une heure de 0 ou plus.</translation>
    </message>
    <message>
        <source>The counter cannot go any higher.</source>
        <translation>Le compteur ne peut pas aller plus haut.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 is not valid UTF-8 text.</source>
        <extracomment>%1 is a part of a link such as &quot;label&quot; or &quot;issuer&quot;</extracomment>
        <translation>La partie «&#xa0;%1&#xa0;» du lien n’est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>This is not an otpauth:// link (it starts with “%1”).</source>
        <translation>Ce n’est pas un lien otpauth:// (il commence par «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The link does not say whether it is a totp or hotp account.</source>
        <translation>Le lien n’indique pas s’il s’agit d’un compte totp ou hotp.</translation>
    </message>
    <message>
        <source>“%1” is not a known account type: use totp, hotp or steam.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type de compte connu&#xa0;: utilisez totp, hotp ou steam.</translation>
    </message>
    <message>
        <source>The link&apos;s %1 contains a broken %-escape.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du lien contient un échappement % invalide.</translation>
    </message>
    <message>
        <source>The link&apos;s parameter “%1” has no value.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» du lien n’a pas de valeur.</translation>
    </message>
    <message>
        <source>The link gives the parameter “%1” twice with different values.</source>
        <translation>Le lien donne deux fois le paramètre «&#xa0;%1&#xa0;», avec des valeurs différentes.</translation>
    </message>
    <message>
        <source>The link has no secret.</source>
        <translation>Le lien ne contient pas de secret.</translation>
    </message>
    <message>
        <source>The algorithm “%1” is not supported: use SHA1, SHA256 or SHA512 (Steam uses SHA1).</source>
        <translation>L’algorithme «&#xa0;%1&#xa0;» n’est pas pris en charge&#xa0;: utilisez SHA1, SHA256 ou SHA512 (Steam utilise SHA1).</translation>
    </message>
    <message>
        <source>The number of digits “%1” is not a number.</source>
        <translation>Le nombre de chiffres «&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>The period “%1” is not a number of seconds.</source>
        <translation>La période «&#xa0;%1&#xa0;» n’est pas un nombre de secondes.</translation>
    </message>
    <message>
        <source>The hotp link has no counter.</source>
        <translation>Le lien hotp n’a pas de compteur.</translation>
    </message>
    <message>
        <source>The counter “%1” is not a whole number from 0 to 18446744073709551615.</source>
        <translation>Le compteur «&#xa0;%1&#xa0;» n’est pas un nombre entier de 0 à 18446744073709551615.</translation>
    </message>
    <message>
        <source>The encoder “%1” is not supported (only steam is).</source>
        <translation>L’encodeur «&#xa0;%1&#xa0;» n’est pas pris en charge (seul steam l’est).</translation>
    </message>
    <message>
        <source>The Google Authenticator transfer code is damaged (%1).</source>
        <translation>Le code de transfert de Google Authenticator est endommagé (%1).</translation>
    </message>
    <message>
        <source>The link&apos;s %1 contains control characters.</source>
        <translation>La partie «&#xa0;%1&#xa0;» du lien contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The file asks for an unreasonable key-derivation cost (%1); it was refused before use.</source>
        <translation>Le fichier demande un coût de dérivation de clé déraisonnable (%1)&#xa0;; il a été refusé avant utilisation.</translation>
    </message>
    <message>
        <source>Deriving the key failed (%1); the computer may be out of memory.</source>
        <translation>La dérivation de la clé a échoué (%1)&#xa0;; l’ordinateur manque peut-être de mémoire.</translation>
    </message>
    <message>
        <source>An internal key has the wrong size.</source>
        <translation>Une clé interne n’a pas la bonne taille.</translation>
    </message>
    <message>
        <source>The data could not be authenticated: it is damaged or the key is wrong.</source>
        <translation>Les données n’ont pas pu être authentifiées&#xa0;: elles sont endommagées ou la clé est incorrecte.</translation>
    </message>
    <message>
        <source>There is no vault at %1. Create one with “twofold init”.</source>
        <translation>Il n’y a pas de coffre à l’emplacement %1. Créez-en un avec «&#xa0;twofold init&#xa0;».</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left untouched.</source>
        <translation>Un coffre existe déjà à l’emplacement %1&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The vault file is damaged (%1). Restore the newest backup that opens.</source>
        <translation>Le fichier du coffre est endommagé (%1). Restaurez la sauvegarde la plus récente qui s’ouvre.</translation>
    </message>
    <message>
        <source>The vault was written by a newer Twofold (format %1). Update Twofold to open it; the file was left untouched.</source>
        <translation>Le coffre a été écrit par une version plus récente de Twofold (format %1). Mettez Twofold à jour pour l’ouvrir&#xa0;; le fichier n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This file is not a Twofold vault.</source>
        <translation>Ce fichier n’est pas un coffre Twofold.</translation>
    </message>
    <message>
        <source>Another Twofold process is saving the vault (%1); try again in a moment.</source>
        <translation>Un autre processus Twofold enregistre le coffre (%1)&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>The vault was changed elsewhere with a different password. Unlock it again; your unsaved changes are kept until then.</source>
        <translation>Le coffre a été modifié ailleurs avec un autre mot de passe. Déverrouillez-le à nouveau&#xa0;; vos modifications non enregistrées sont conservées d’ici là.</translation>
    </message>
    <message>
        <source>This vault cannot be unlocked with the desktop keyring.</source>
        <translation>Ce coffre ne peut pas être déverrouillé avec le trousseau de clés du bureau.</translation>
    </message>
    <message>
        <source>The desktop keyring is not available (%1). Use the password instead.</source>
        <translation>Le trousseau de clés du bureau n’est pas disponible (%1). Utilisez plutôt le mot de passe.</translation>
    </message>
    <message>
        <source>Reading back %1 did not give what was written; nothing was replaced.</source>
        <translation>La relecture de %1 ne correspond pas à ce qui a été écrit&#xa0;; rien n’a été remplacé.</translation>
    </message>
    <message>
        <source>The disk is full: %1 could not be written. The file on disk is unchanged; nothing was lost.</source>
        <translation>Le disque est plein&#xa0;: %1 n’a pas pu être écrit. Le fichier sur le disque est inchangé&#xa0;; rien n’a été perdu.</translation>
    </message>
    <message>
        <source>Permission denied: %1. The file on disk is unchanged.</source>
        <translation>Permission refusée&#xa0;: %1. Le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>Input/output error: %1. The file on disk is unchanged.</source>
        <translation>Erreur d’entrée/sortie&#xa0;: %1. Le fichier sur le disque est inchangé.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Several accounts match “%1”; be more specific.</source>
        <translation>Plusieurs comptes correspondent à «&#xa0;%1&#xa0;»&#xa0;; soyez plus précis.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>Le mot de passe est vide.</translation>
    </message>
    <message>
        <source>Cannot read the image %1.</source>
        <translation>Impossible de lire l’image %1.</translation>
    </message>
    <message>
        <source>The password file is longer than %1 bytes; it should hold just the password.</source>
        <translation>Le fichier de mot de passe dépasse %1 octets&#xa0;; il ne doit contenir que le mot de passe.</translation>
    </message>
    <message>
        <source>%1 was saved, but the system could not confirm it reached the disk. Keep Twofold open and check the disk.</source>
        <translation>%1 a été enregistré, mais le système n’a pas pu confirmer son écriture sur le disque. Laissez Twofold ouvert et vérifiez le disque.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Twofold does not recognise this file as an export of any authenticator app it knows.</source>
        <translation>Twofold ne reconnaît pas ce fichier comme l’exportation d’une application d’authentification qu’il connaît.</translation>
    </message>
    <message>
        <source>This %1 file is encrypted: enter the password it was exported with.</source>
        <translation>Ce fichier %1 est chiffré&#xa0;: saisissez le mot de passe choisi lors de son exportation.</translation>
    </message>
    <message>
        <source>The password is wrong for this %1 file.</source>
        <translation>Le mot de passe de ce fichier %1 est incorrect.</translation>
    </message>
    <message>
        <source>This %1 file is damaged or incomplete (%2).</source>
        <extracomment>%1 is an app name, %2 a technical detail such as &quot;payload&quot;</extracomment>
        <translation>Ce fichier %1 est endommagé ou incomplet (%2).</translation>
    </message>
    <message>
        <source>Accounts of type “%1” are not supported (only TOTP, HOTP and Steam are).</source>
        <translation>Les comptes de type «&#xa0;%1&#xa0;» ne sont pas pris en charge (seuls TOTP, HOTP et Steam le sont).</translation>
    </message>
    <message>
        <source>The entry has no “%1”.</source>
        <translation>L’entrée n’a pas de champ «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Google Authenticator cannot show Steam codes.</source>
        <translation>Google Authenticator ne peut pas afficher les codes Steam.</translation>
    </message>
    <message>
        <source>Google Authenticator only computes SHA1 codes.</source>
        <translation>Google Authenticator ne calcule que des codes SHA1.</translation>
    </message>
    <message>
        <source>Google Authenticator only shows codes of 6 or 8 digits.</source>
        <translation>Google Authenticator n’affiche que des codes de 6 ou 8 chiffres.</translation>
    </message>
    <message>
        <source>Google Authenticator only uses a 30-second period.</source>
        <translation>Google Authenticator n’utilise qu’une période de 30 secondes.</translation>
    </message>
    <message>
        <source>There is no file at %1.</source>
        <translation>Il n’y a pas de fichier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>The entry&apos;s secret is not valid %1.</source>
        <translation>Le secret de l’entrée n’est pas du %1 valide.</translation>
    </message>
    <message>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <source>This %1 export is locked to your account. Export again and choose “Password protected”.</source>
        <translation>Cette exportation %1 est liée à votre compte. Exportez à nouveau en choisissant «&#xa0;Protégé par mot de passe&#xa0;».</translation>
    </message>
    <message>
        <source>This is %1&apos;s encrypted internal database, which Twofold cannot read. Use the app&apos;s own export instead.</source>
        <translation>Il s’agit de la base de données interne chiffrée de %1, que Twofold ne peut pas lire. Utilisez plutôt la fonction d’exportation de l’application.</translation>
    </message>
    <message>
        <source>This is %1&apos;s internal database, not an export. Use the app&apos;s own export instead.</source>
        <translation>Il s’agit de la base de données interne de %1, pas d’une exportation. Utilisez plutôt la fonction d’exportation de l’application.</translation>
    </message>
    <message>
        <source>This %1 file cannot be imported (%2).</source>
        <translation>Ce fichier %1 ne peut pas être importé (%2).</translation>
    </message>
    <message>
        <source>Its name is too long for a transfer code.</source>
        <translation>Son nom est trop long pour un code de transfert.</translation>
    </message>
    <message>
        <source>This %1 file asks for more password-hashing work than any app&apos;s strongest setting; Twofold does not open it.</source>
        <translation>Ce fichier %1 exige pour le hachage du mot de passe plus de travail que le réglage le plus fort de toute application&#xa0;; Twofold ne l’ouvre pas.</translation>
    </message>
    <message>
        <source>This vault is older than the one you last opened here: restored from a backup or replaced? (This file is save number %1; save number %2 was opened here before.)</source>
        <extracomment>%1 and %2 count the vault&apos;s saves: the file&apos;s, and the newest seen on this computer before</extracomment>
        <translation>Ce coffre est plus ancien que celui que vous avez ouvert ici en dernier&#xa0;: restauré depuis une sauvegarde ou remplacé&#xa0;? (Ce fichier est l’enregistrement n°&#xa0;%1&#xa0;; l’enregistrement n°&#xa0;%2 a déjà été ouvert ici.)</translation>
    </message>
    <message>
        <source>The secret is %1 bytes long; at most %2 bytes are supported.</source>
        <translation>Le secret fait %1 octets&#xa0;; %2 octets au maximum sont pris en charge.</translation>
    </message>
    <message>
        <source>A code of %1 digits is not supported: use %2 to %3 digits (Steam codes have %4).</source>
        <translation>Un code de %1 chiffres n’est pas pris en charge&#xa0;: utilisez de %2 à %3 chiffres (les codes Steam en ont %4).</translation>
    </message>
    <message>
        <source>A period of %1 seconds is not supported: use 1 to %2 seconds.</source>
        <translation>Une période de %1 secondes n’est pas prise en charge&#xa0;: utilisez de 1 à %2 secondes.</translation>
    </message>
    <message>
        <source>The link is %1 bytes long; otpauth links are at most %2 bytes.</source>
        <translation>Le lien fait %1 octets&#xa0;; les liens otpauth font au plus %2 octets.</translation>
    </message>
    <message>
        <source>The image is too large to scan (%1); the limit is %2×%2 pixels and %3 MiB.</source>
        <translation>L’image est trop grande pour être analysée (%1)&#xa0;; la limite est de %2×%2 pixels et %3 Mio.</translation>
    </message>
    <message>
        <source>The file holds more than %1 accounts; split it before importing.</source>
        <translation>Le fichier contient plus de %1 comptes&#xa0;; divisez-le avant de l’importer.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, too large for an authenticator export.</source>
        <translation>Le fichier dépasse %1 Mio, c’est trop pour l’exportation d’une application d’authentification.</translation>
    </message>
    <message>
        <source>This %1 file offers %2 different passwords; Twofold tries at most %3 and does not open it.</source>
        <extracomment>%1 is an app name, %2 a number of passwords</extracomment>
        <translation>Ce fichier %1 propose %2 mots de passe différents&#xa0;; Twofold en essaie %3 au plus et ne l’ouvre pas.</translation>
    </message>
    <message>
        <source>The entry&apos;s %1 is longer than %2 KiB.</source>
        <translation>Le champ «&#xa0;%1&#xa0;» de l’entrée dépasse %2 Kio.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from %1</source>
        <translation>Importer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Choose an export or backup file</source>
        <translation>Choisir un fichier d’exportation ou de sauvegarde</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>You can also drop the file on the window. Nothing is added before you confirm.</source>
        <translation>Vous pouvez aussi déposer le fichier sur la fenêtre. Rien n’est ajouté avant votre confirmation.</translation>
    </message>
    <message>
        <source>This %1 file is encrypted. Enter the password it was exported with.</source>
        <translation>Ce fichier %1 est chiffré. Saisissez le mot de passe choisi lors de son exportation.</translation>
    </message>
    <message>
        <source>Password of the file</source>
        <translation>Mot de passe du fichier</translation>
    </message>
    <message>
        <source>New: %1 · Duplicates: %2 · Rejected: %3</source>
        <extracomment>Counts of the entries found in an import</extracomment>
        <translation>Nouveaux&#xa0;: %1 · Doublons&#xa0;: %2 · Rejetés&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Button: open the encrypted file with the password entered</extracomment>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Import selected (%1)</source>
        <extracomment>%1 counts the selected entries</extracomment>
        <translation>Importer la sélection (%1)</translation>
    </message>
    <message>
        <source>Twofold reads exports and backups of Aegis, andOTP, 2FAS, Bitwarden, Ente Auth, FreeOTP, FreeOTP+, Authenticator Pro, Google Authenticator, Raivo, WinAuth, KeePassXC and other apps, and plain lists of otpauth:// links. The format is recognised from the file itself.</source>
        <translation>Twofold lit les exportations et sauvegardes d’Aegis, andOTP, 2FAS, Bitwarden, Ente Auth, FreeOTP, FreeOTP+, Authenticator Pro, Google Authenticator, Raivo, WinAuth, KeePassXC et d’autres applications, ainsi que les simples listes de liens otpauth://. Le format est reconnu d’après le contenu du fichier.</translation>
    </message>
</context>
<context>
    <name>ImportReviewRow</name>
    <message>
        <source>Rejected</source>
        <extracomment>Status of an entry in an import: it cannot be imported</extracomment>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <extracomment>Status of an entry in an import: already in the vault</extracomment>
        <translation>Doublon</translation>
    </message>
</context>
<context>
    <name>KeyFileChooser</name>
    <message>
        <source>Key file…</source>
        <extracomment>Button in the import dialog: choose the key file of a KeePass database</extracomment>
        <translation>Fichier clé…</translation>
    </message>
    <message>
        <source>No key file (only if the database has one)</source>
        <translation>Aucun fichier clé (nécessaire seulement si la base en a un)</translation>
    </message>
    <message>
        <source>Choose the database&apos;s key file</source>
        <translation>Choisir le fichier clé de la base de données</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ManualAccountForm</name>
    <message>
        <source>Service</source>
        <extracomment>The website or company the account belongs to (the issuer)</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>p. ex. GitHub</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>e.g. you@example.com</source>
        <translation>p. ex. vous@example.com</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Setup key</source>
        <extracomment>The secret key a service shows when two-factor authentication is turned on, usually in groups of letters</extracomment>
        <translation>Clé de configuration</translation>
    </message>
    <message>
        <source>Base32, spaces allowed</source>
        <extracomment>Base32 is the encoding of the setup key (letters A-Z and digits 2-7)</extracomment>
        <translation>Base32, espaces autorisées</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Basé sur le temps (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Basé sur un compteur (HOTP)</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Digits</source>
        <extracomment>How many digits each code has</extracomment>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>The HOTP counter value</extracomment>
        <translation>Compteur</translation>
    </message>
    <message>
        <source>Period (s)</source>
        <extracomment>How many seconds each code is valid</extracomment>
        <translation>Période (s)</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Période en secondes</translation>
    </message>
</context>
<context>
    <name>PasswdCommand</name>
    <message>
        <source>passwd: unexpected argument “%1”</source>
        <translation>passwd&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Current vault password: </source>
        <translation>Mot de passe actuel du coffre&#xa0;: </translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Nouveau mot de passe du coffre&#xa0;: </translation>
    </message>
    <message>
        <source>passwd: the new passwords differ; nothing was changed</source>
        <translation>passwd&#xa0;: les nouveaux mots de passe ne correspondent pas&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>keyring unlock is now off: %1</source>
        <translation>le déverrouillage par le trousseau est maintenant désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation>enregistré, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>the old keyring entry “%1” could not be removed: %2</source>
        <translation>l’ancienne entrée du trousseau «&#xa0;%1&#xa0;» n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the password&apos;s key derivation was raised to the current default (Argon2id, %1 MiB, %2 passes)</source>
        <translation>la dérivation de clé du mot de passe a été relevée au réglage par défaut actuel (Argon2id, %1&#xa0;Mio, %2&#xa0;passes)</translation>
    </message>
    <message numerus="yes">
        <source>the %n earlier backup(s) still open with the old password</source>
        <translation>
            <numerusform>la %n sauvegarde précédente s’ouvre toujours avec l’ancien mot de passe</numerusform>
            <numerusform>les %n sauvegardes précédentes s’ouvrent toujours avec l’ancien mot de passe</numerusform>
        </translation>
    </message>
    <message>
        <source>the password was changed, but re-encrypting the backups failed: %1; the ones not yet done still open with the old password</source>
        <translation>le mot de passe a été changé, mais le rechiffrement des sauvegardes a échoué&#xa0;: %1&#xa0;; celles qui restaient à faire s’ouvrent toujours avec l’ancien mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) were left as they were; they open with the password in use when they were made</source>
        <translation>
            <numerusform>%n sauvegarde plus ancienne a été laissée telle quelle&#xa0;; elle s’ouvre avec le mot de passe en vigueur lors de sa création</numerusform>
            <numerusform>%n sauvegardes plus anciennes ont été laissées telles quelles&#xa0;; elles s’ouvrent avec le mot de passe en vigueur lors de leur création</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QrCodeDialog</name>
    <message>
        <source>Transfer to Google Authenticator</source>
        <translation>Transférer vers Google Authenticator</translation>
    </message>
    <message>
        <source>In Google Authenticator choose “Transfer accounts”, then “Import accounts”, and scan each code in turn. Anyone who sees these codes can copy the accounts.</source>
        <translation>Dans Google Authenticator, choisissez «&#xa0;Transférer des comptes&#xa0;», puis «&#xa0;Importer des comptes&#xa0;», et scannez les codes l’un après l’autre. Quiconque voit ces codes peut copier les comptes.</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app on your phone. Anyone who sees it can copy the account.</source>
        <translation>Scannez ce code avec une application d’authentification sur votre téléphone. Quiconque le voit peut copier le compte.</translation>
    </message>
    <message>
        <source>Show the QR code</source>
        <translation>Afficher le code QR</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>This account&apos;s name is too long for a QR code. Shorten it in the account&apos;s details first.</source>
        <translation>Le nom de ce compte est trop long pour un code QR. Raccourcissez-le d’abord dans les détails du compte.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Code %1 of %2</source>
        <extracomment>%1 and %2 count Google Authenticator&apos;s transfer QR codes</extracomment>
        <translation>Code %1 sur %2</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Not transferred, Google Authenticator cannot hold them:</source>
        <translation>Non transférés, car Google Authenticator ne peut pas les prendre en charge&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuickCopy</name>
    <message>
        <source>Quick copy</source>
        <translation>Copie rapide</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Search accounts to copy a code</source>
        <translation>Rechercher des comptes pour copier un code</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Aucun compte pour l’instant.</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter copies · Esc closes</source>
        <extracomment>Keyboard help at the bottom of the quick copy popup.</extracomment>
        <translation>↑↓ choisir · Entrée copie · Échap ferme</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeRow</name>
    <message>
        <source>Recovery code %1 used</source>
        <extracomment>%1 numbers the account&apos;s recovery codes</extracomment>
        <translation>Code de récupération %1 utilisé</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Recovery code %1</source>
        <translation>Code de récupération %1</translation>
    </message>
    <message>
        <source>Copy recovery code %1</source>
        <translation>Copier le code de récupération %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Clear copied codes after</source>
        <translation>Effacer les codes copiés après</translation>
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
        <translation>Secondes avant que le presse-papiers soit vidé</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>Lock after inactivity: never</extracomment>
        <translation>jamais</translation>
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
        <translation>Minutes d’inactivité avant le verrouillage</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller avec l’écran ou à la mise en veille</translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring on this computer</source>
        <translation>Déverrouiller avec le trousseau de clés du bureau sur cet ordinateur</translation>
    </message>
    <message>
        <source>Show the next code</source>
        <translation>Afficher le code suivant</translation>
    </message>
    <message>
        <source>Hide codes until clicked</source>
        <translation>Masquer les codes jusqu’au clic</translation>
    </message>
    <message>
        <source>Sort accounts by</source>
        <translation>Trier les comptes par</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>Sort orders: by service (issuer), by account name, most used first, recently used first, the user&apos;s own order</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>Les plus utilisés</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <extracomment>Colour theme choices: as the desktop, light, dark</extracomment>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <comment>language</comment>
        <extracomment>The user interface language follows the desktop&apos;s language</extracomment>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Start hidden in the system tray</source>
        <translation>Démarrer masqué dans la zone de notification</translation>
    </message>
    <message>
        <source>Start Twofold when I log in</source>
        <translation>Démarrer Twofold à l’ouverture de session</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Beside the vault</source>
        <translation>À côté du coffre</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Keep backups</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <source>Number of automatic backups kept</source>
        <translation>Nombre de sauvegardes automatiques conservées</translation>
    </message>
    <message>
        <source>Remind me to back up after</source>
        <translation>Rappeler de sauvegarder après</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Days before a backup reminder</source>
        <translation>Jours avant un rappel de sauvegarde</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Manual (drag to reorder)</source>
        <translation>Manuel (glisser pour réordonner)</translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation>Changer le mot de passe…</translation>
    </message>
    <message>
        <source>Check the clock…</source>
        <translation>Vérifier l’horloge…</translation>
    </message>
</context>
<context>
    <name>ShortcutSettings</name>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>This desktop offers programs no way to register a shortcut (no GlobalShortcuts portal). To open quick copy with a key, add a custom shortcut in the desktop&apos;s keyboard settings that runs this command:</source>
        <translation>Ce bureau n’offre aux programmes aucun moyen d’enregistrer un raccourci (pas de portail GlobalShortcuts). Pour ouvrir la copie rapide avec une touche, ajoutez dans les paramètres clavier du bureau un raccourci personnalisé qui lance cette commande&#xa0;:</translation>
    </message>
    <message>
        <source>Register a keyboard shortcut that opens quick copy from anywhere. The desktop may ask you to confirm it or to choose the keys.</source>
        <translation>Enregistrez un raccourci clavier qui ouvre la copie rapide depuis n’importe où. Le bureau peut vous demander de le confirmer ou de choisir les touches.</translation>
    </message>
    <message>
        <source>Waiting for the desktop to register the shortcut…</source>
        <translation>En attente de l’enregistrement du raccourci par le bureau…</translation>
    </message>
    <message>
        <source>Quick copy opens with %1.</source>
        <extracomment>%1 is a key combination as the desktop names it, e.g. &quot;Ctrl+Alt+C&quot;</extracomment>
        <translation>La copie rapide s’ouvre avec %1.</translation>
    </message>
    <message>
        <source>The shortcut is registered; choose its keys in the desktop&apos;s settings.</source>
        <translation>Le raccourci est enregistré&#xa0;; choisissez ses touches dans les paramètres du bureau.</translation>
    </message>
    <message>
        <source>The desktop did not register the shortcut. You can add it in the desktop&apos;s keyboard settings instead, with this command:</source>
        <translation>Le bureau n’a pas enregistré le raccourci. Vous pouvez plutôt l’ajouter dans les paramètres clavier du bureau, avec cette commande&#xa0;:</translation>
    </message>
    <message>
        <source>Looking for the desktop&apos;s shortcut service…</source>
        <translation>Recherche du service de raccourcis du bureau…</translation>
    </message>
    <message>
        <source>Command for a keyboard shortcut</source>
        <translation>Commande pour un raccourci clavier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>Copier la commande</translation>
    </message>
    <message>
        <source>Register shortcut…</source>
        <translation>Enregistrer le raccourci…</translation>
    </message>
    <message>
        <source>Remove shortcut</source>
        <translation>Supprimer le raccourci</translation>
    </message>
</context>
<context>
    <name>SntpErrorText</name>
    <message>
        <source>“%1” is not a time server: give a host name or address, optionally with :PORT.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un serveur de temps&#xa0;: indiquez un nom d’hôte ou une adresse, éventuellement suivi de :PORT.</translation>
    </message>
    <message>
        <source>The time server “%1” was not found.</source>
        <translation>Le serveur de temps «&#xa0;%1&#xa0;» est introuvable.</translation>
    </message>
    <message>
        <source>The time server could not be asked (%1).</source>
        <translation>Impossible d’interroger le serveur de temps (%1).</translation>
    </message>
    <message>
        <source>The time server did not answer within 3 seconds.</source>
        <translation>Le serveur de temps n’a pas répondu dans les 3 secondes.</translation>
    </message>
    <message>
        <source>Refused a reply from %1, which is not the time server asked; the server itself did not answer.</source>
        <translation>Réponse de %1 refusée, car ce n’est pas le serveur de temps interrogé&#xa0;; le serveur lui-même n’a pas répondu.</translation>
    </message>
    <message>
        <source>Refused the time server&apos;s reply: %1 bytes, too short for SNTP (48 at least).</source>
        <translation>Réponse du serveur de temps refusée&#xa0;: %1 octets, trop court pour SNTP (48 au moins).</translation>
    </message>
    <message>
        <source>Refused the time server&apos;s reply: NTP version %1 (3 or 4 expected).</source>
        <translation>Réponse du serveur de temps refusée&#xa0;: NTP version %1 (3 ou 4 attendue).</translation>
    </message>
    <message>
        <source>Refused the reply: it is not a time server&apos;s answer (mode %1).</source>
        <translation>Réponse refusée&#xa0;: ce n’est pas la réponse d’un serveur de temps (mode %1).</translation>
    </message>
    <message>
        <source>Refused the reply: it does not answer this request (its origin timestamp differs).</source>
        <translation>Réponse refusée&#xa0;: elle ne correspond pas à cette requête (son horodatage d’origine diffère).</translation>
    </message>
    <message>
        <source>The time server refused to answer (kiss-o&apos;-death).</source>
        <translation>Le serveur de temps a refusé de répondre (kiss-o’-death).</translation>
    </message>
    <message>
        <source>The time server refused to answer (kiss-o&apos;-death %1).</source>
        <translation>Le serveur de temps a refusé de répondre (kiss-o’-death %1).</translation>
    </message>
    <message>
        <source>Refused the reply: the time server says its own clock is not synchronised.</source>
        <translation>Réponse refusée&#xa0;: le serveur de temps indique que sa propre horloge n’est pas synchronisée.</translation>
    </message>
    <message>
        <source>Refused the time server&apos;s reply: its %1 timestamp is invalid.</source>
        <translation>Réponse du serveur de temps refusée&#xa0;: son horodatage «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
</context>
<context>
    <name>StartOptions</name>
    <message>
        <source>only one otpauth:// link can be given</source>
        <translation>un seul lien otpauth:// peut être donné</translation>
    </message>
    <message>
        <source>unknown option “%1”; see twofold --help</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»&#xa0;; voir twofold --help</translation>
    </message>
    <message>
        <source>unexpected argument; see twofold --help</source>
        <translation>argument inattendu&#xa0;; voir twofold --help</translation>
    </message>
    <message>
        <source>--quick-copy cannot be combined with --minimized or a link</source>
        <translation>--quick-copy ne peut pas être combiné avec --minimized ou un lien</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <source>Twofold cannot start</source>
        <translation>Twofold ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>TransferCommands</name>
    <message>
        <source>Password of the %1 file: </source>
        <extracomment>%1 is an app name such as Aegis</extracomment>
        <translation>Mot de passe du fichier %1&#xa0;: </translation>
    </message>
    <message>
        <source>rejected “%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;» rejeté&#xa0;: %2</translation>
    </message>
    <message>
        <source>inspect: give exactly one FILE</source>
        <translation>inspect&#xa0;: indiquez exactement un FICHIER</translation>
    </message>
    <message>
        <source>import: give exactly one FILE</source>
        <translation>import&#xa0;: indiquez exactement un FICHIER</translation>
    </message>
    <message>
        <source>import: --duplicates takes skip or add</source>
        <translation>import&#xa0;: --duplicates accepte skip ou add</translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation>enregistré, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Twofold paper backup · %1 · page %2 of %3</source>
        <extracomment>Heading of each page of the paper backup: %1 date, %2 page, %3 pages</extracomment>
        <translation>Sauvegarde papier Twofold · %1 · page %2 sur %3</translation>
    </message>
    <message>
        <source>NOT ENCRYPTED: keep it as safe as the accounts it protects.</source>
        <extracomment>Paper backup: the warning on each page, then the labels under each QR code</extracomment>
        <translation>NON CHIFFRÉ&#xa0;: à conserver aussi précieusement que les comptes qu’il protège.</translation>
    </message>
    <message>
        <source>%1 digits</source>
        <translation>%1 chiffres</translation>
    </message>
    <message>
        <source>every %1 s</source>
        <translation>toutes les %1 s</translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation>compteur %1</translation>
    </message>
    <message>
        <source>export: give exactly one FILE to write</source>
        <translation>export&#xa0;: indiquez exactement un FICHIER à écrire</translation>
    </message>
    <message>
        <source>export: --format takes twofold, aegis, aegis-plain, uris or pdf</source>
        <translation>export&#xa0;: --format accepte twofold, aegis, aegis-plain, uris ou pdf</translation>
    </message>
    <message>
        <source>export: this format is not encrypted: anyone who gets the file gets your codes. Add --unencrypted to write it anyway.</source>
        <translation>export&#xa0;: ce format n’est pas chiffré&#xa0;: quiconque obtient le fichier obtient vos codes. Ajoutez --unencrypted pour l’écrire quand même.</translation>
    </message>
    <message>
        <source>Password for the exported file: </source>
        <translation>Mot de passe du fichier exporté&#xa0;: </translation>
    </message>
    <message>
        <source>export: the passwords differ; nothing was written</source>
        <translation>export&#xa0;: les mots de passe ne correspondent pas&#xa0;; rien n’a été écrit</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) written and verified.</source>
        <translation>
            <numerusform>%n compte écrit et vérifié.</numerusform>
            <numerusform>%n comptes écrits et vérifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayAvailability</name>
    <message>
        <source>Minimise instead of quitting when the window is closed</source>
        <translation>Réduire au lieu de quitter à la fermeture de la fenêtre</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>(unnamed account)</source>
        <translation>(compte sans nom)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Recently used</source>
        <translation>Utilisés récemment</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Vault password</source>
        <translation>Mot de passe du coffre</translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring</source>
        <translation>Déverrouiller avec le trousseau de clés</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <extracomment>Shown when the vault is damaged and an older backup opens</extracomment>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Replaces the damaged vault with the newest backup that opens; the damaged file is kept.</source>
        <translation>Remplace le coffre endommagé par la sauvegarde la plus récente qui s’ouvre&#xa0;; le fichier endommagé est conservé.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>VaultCommands</name>
    <message>
        <source>the desktop keyring did not unlock the vault (%1); using the password</source>
        <translation>le trousseau de clés du bureau n’a pas déverrouillé le coffre (%1)&#xa0;; utilisation du mot de passe</translation>
    </message>
    <message>
        <source>Vault password: </source>
        <translation>Mot de passe du coffre&#xa0;: </translation>
    </message>
    <message>
        <source>Newest backup that opens: %1</source>
        <translation>Sauvegarde la plus récente qui s’ouvre&#xa0;: %1</translation>
    </message>
    <message>
        <source>No backup opens with this password either.</source>
        <translation>Aucune sauvegarde ne s’ouvre non plus avec ce mot de passe.</translation>
    </message>
    <message>
        <source>init: unexpected argument “%1”</source>
        <translation>init&#xa0;: argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New vault password: </source>
        <translation>Nouveau mot de passe du coffre&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the password: </source>
        <translation>Répétez le mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>init: the passwords differ; nothing was created</source>
        <translation>init&#xa0;: les mots de passe ne correspondent pas&#xa0;; rien n’a été créé</translation>
    </message>
    <message numerus="yes">
        <source>%n stored entries need attention (kept unchanged).</source>
        <translation>
            <numerusform>%n entrée enregistrée demande votre attention (conservée telle quelle).</numerusform>
            <numerusform>%n entrées enregistrées demandent votre attention (conservées telles quelles).</numerusform>
        </translation>
    </message>
    <message>
        <source>show: give exactly one QUERY (issuer, name or uuid)</source>
        <translation>show&#xa0;: indiquez exactement une RECHERCHE (service, nom ou uuid)</translation>
    </message>
    <message>
        <source>show: --time needs a Unix time in whole seconds</source>
        <translation>show&#xa0;: --time attend une heure Unix en secondes entières</translation>
    </message>
    <message>
        <source>saved, with a warning: %1</source>
        <translation>enregistré, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>add: give exactly one otpauth:// URI (or - to read it from standard input)</source>
        <translation>add&#xa0;: indiquez exactement une URI otpauth:// (ou - pour la lire sur l’entrée standard)</translation>
    </message>
    <message>
        <source>this secret is already in the vault as “%1” (%2); nothing was added (--allow-duplicate adds it anyway)</source>
        <translation>ce secret est déjà dans le coffre sous le nom «&#xa0;%1&#xa0;» (%2)&#xa0;; rien n’a été ajouté (--allow-duplicate l’ajoute quand même)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Twofold is already running but does not answer.</source>
        <translation>Twofold est déjà lancé mais ne répond pas.</translation>
    </message>
</context>
<context>
    <name>twofold::AccountActions</name>
    <message>
        <source>This secret is already in the vault as %1.</source>
        <translation>Ce secret est déjà dans le coffre sous le nom %1.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <extracomment>Notifications; %1 is the service or account name</extracomment>
        <translation>Compte ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Compte supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored %1</source>
        <translation>Compte restauré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::BackupReminder</name>
    <message>
        <source>There is no backup of your vault yet. Back up now, and keep a copy away from this computer.</source>
        <translation>Votre coffre n’a encore aucune sauvegarde. Sauvegardez-le maintenant et gardez une copie ailleurs que sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>Your newest backup is %n day(s) old. Back up now.</source>
        <translation>
            <numerusform>Votre sauvegarde la plus récente remonte à %n jour. Sauvegardez maintenant.</numerusform>
            <numerusform>Votre sauvegarde la plus récente remonte à %n jours. Sauvegardez maintenant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::BackupSession</name>
    <message>
        <source>Unknown export format “%1”.</source>
        <translation>Format d’exportation «&#xa0;%1&#xa0;» inconnu.</translation>
    </message>
    <message>
        <source>Confirm that you want a file that is not encrypted.</source>
        <translation>Confirmez que vous voulez un fichier non chiffré.</translation>
    </message>
    <message>
        <source>Choose a password for the exported file.</source>
        <translation>Choisissez un mot de passe pour le fichier exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) exported to %1 and checked.</source>
        <translation>
            <numerusform>%n compte exporté dans %1 et vérifié.</numerusform>
            <numerusform>%n comptes exportés dans %1 et vérifiés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing from the backup: %1</source>
        <translation>Absent de la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Different in the backup: %1</source>
        <translation>Différent dans la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Only in the backup: %1</source>
        <translation>Uniquement dans la sauvegarde&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The backup opens and holds exactly the %n account(s) of your vault.</source>
        <translation>
            <numerusform>La sauvegarde s’ouvre et correspond exactement à votre coffre&#xa0;: %n compte.</numerusform>
            <numerusform>La sauvegarde s’ouvre et correspond exactement à votre coffre&#xa0;: %n comptes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup opens, but differs from your vault: %1 missing, %2 different, %3 only in the backup.</source>
        <translation>La sauvegarde s’ouvre, mais diffère de votre coffre (manquants&#xa0;: %1, différents&#xa0;: %2, uniquement dans la sauvegarde&#xa0;: %3).</translation>
    </message>
</context>
<context>
    <name>twofold::ClockCheck</name>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Choose a time server first.</source>
        <translation>Choisissez d’abord un serveur de temps.</translation>
    </message>
    <message>
        <source>Offset %1: the time at %2 minus this computer&apos;s time.</source>
        <extracomment>%1 is a signed number of seconds such as &quot;+31.250 s&quot;, %2 the time server</extracomment>
        <translation>Décalage %1&#xa0;: l’heure de %2 moins celle de cet ordinateur.</translation>
    </message>
    <message>
        <source>The clock the codes use is off by %1 (%2 minus this computer): sites may refuse the codes. Set the computer&apos;s clock, or correct the codes.</source>
        <extracomment>%1 is a signed number of seconds such as &quot;+31.250 s&quot;, %2 the time server</extracomment>
        <translation>L’horloge utilisée pour les codes est décalée de %1 (%2 moins cet ordinateur)&#xa0;: les sites risquent de refuser les codes. Réglez l’horloge de l’ordinateur, ou corrigez les codes.</translation>
    </message>
    <message>
        <source>The desktop says this computer&apos;s clock is synchronised over the network.</source>
        <translation>Selon le bureau, l’horloge de cet ordinateur est synchronisée par le réseau.</translation>
    </message>
    <message>
        <source>The desktop says this computer&apos;s clock is not synchronised over the network.</source>
        <translation>Selon le bureau, l’horloge de cet ordinateur n’est pas synchronisée par le réseau.</translation>
    </message>
    <message>
        <source>The desktop does not say whether this computer&apos;s clock is synchronised.</source>
        <translation>Le bureau n’indique pas si l’horloge de cet ordinateur est synchronisée.</translation>
    </message>
</context>
<context>
    <name>twofold::CodeCopier</name>
    <message numerus="yes">
        <source>The code was about to expire, so the next one for %1 was copied — clears in %n s.</source>
        <translation>
            <numerusform>Le code allait expirer&#xa0;: le suivant pour %1 a été copié — effacé dans %n s.</numerusform>
            <numerusform>Le code allait expirer&#xa0;: le suivant pour %1 a été copié — effacé dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the code for %1 — clears in %n s.</source>
        <translation>
            <numerusform>Code de %1 copié — effacé dans %n s.</numerusform>
            <numerusform>Code de %1 copié — effacé dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s.</source>
        <translation>
            <numerusform>Copié — effacé dans %n s.</numerusform>
            <numerusform>Copié — effacé dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::ImportReviewModel</name>
    <message>
        <source>The same secret appears earlier in this import.</source>
        <translation>Le même secret apparaît plus haut dans cette importation.</translation>
    </message>
    <message>
        <source>Already in the vault as %1.</source>
        <translation>Déjà dans le coffre sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>twofold::ImportSession</name>
    <message>
        <source>%1 of %2 transfer codes scanned. Scan the others to add every account.</source>
        <extracomment>A Google Authenticator transfer shows several QR codes; %1 and %2 count them</extracomment>
        <translation>%1 codes de transfert sur %2 scannés. Scannez les autres pour ajouter tous les comptes.</translation>
    </message>
    <message>
        <source>QR code</source>
        <extracomment>Where scanned accounts come from, shown as &quot;Import from QR code&quot;</extracomment>
        <translation>code QR</translation>
    </message>
</context>
<context>
    <name>twofold::KeyringUnlock</name>
    <message>
        <source>This computer can now unlock the vault without the password.</source>
        <translation>Cet ordinateur peut désormais déverrouiller le coffre sans le mot de passe.</translation>
    </message>
</context>
<context>
    <name>twofold::PasswordChange</name>
    <message>
        <source>Its key derivation was raised to the current default (Argon2id, %1 MiB, %2 passes).</source>
        <extracomment>%1 is a number of MiB, %2 of passes</extracomment>
        <translation>Sa dérivation de clé a été relevée au réglage par défaut actuel (Argon2id, %1&#xa0;Mio, %2&#xa0;passes).</translation>
    </message>
    <message>
        <source>The key derivation will also be raised to the current default (Argon2id, %1 MiB, %2 passes), so unlocking takes a little longer.</source>
        <translation>La dérivation de clé sera aussi relevée au réglage par défaut actuel (Argon2id, %1&#xa0;Mio, %2&#xa0;passes)&#xa0;: le déverrouillage prendra donc un peu plus de temps.</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Saisissez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Choose a new password.</source>
        <translation>Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>The new passwords differ. Nothing was changed.</source>
        <translation>Les nouveaux mots de passe ne correspondent pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Keyring unlock is already off.</source>
        <translation>Le déverrouillage par le trousseau est déjà désactivé.</translation>
    </message>
    <message>
        <source>Wrong password. Keyring unlock stays on.</source>
        <translation>Mot de passe incorrect. Le déverrouillage par le trousseau reste activé.</translation>
    </message>
    <message>
        <source>The current password is wrong. Nothing was changed.</source>
        <translation>Le mot de passe actuel est incorrect. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The vault was locked meanwhile. Nothing was changed.</source>
        <translation>Le coffre a été verrouillé entre-temps. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The desktop keyring holds a new key for this computer.</source>
        <translation>Le trousseau de clés du bureau garde une nouvelle clé pour cet ordinateur.</translation>
    </message>
    <message>
        <source>Unlock with the desktop keyring is now off: %1</source>
        <translation>Le déverrouillage avec le trousseau de clés du bureau est maintenant désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old key could not be removed from the desktop keyring: %1</source>
        <translation>L’ancienne clé n’a pas pu être supprimée du trousseau de clés du bureau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The old key was removed from the keyring.</source>
        <translation>L’ancienne clé a été supprimée du trousseau.</translation>
    </message>
    <message>
        <source>Keyring unlock is off, and the vault has a new key: a copy of the keyring&apos;s old key opens nothing saved from now on.</source>
        <translation>Le déverrouillage par le trousseau est désactivé et le coffre a une nouvelle clé&#xa0;: une copie de l’ancienne clé du trousseau n’ouvrira rien de ce qui sera enregistré désormais.</translation>
    </message>
    <message>
        <source>Your password was changed, and the vault has a new key.</source>
        <translation>Votre mot de passe a été changé et le coffre a une nouvelle clé.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n earlier automatic backup(s) still open with the old password.</source>
        <translation>
            <numerusform>Votre %n sauvegarde automatique précédente s’ouvre toujours avec l’ancien mot de passe.</numerusform>
            <numerusform>Vos %n sauvegardes automatiques précédentes s’ouvrent toujours avec l’ancien mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-encrypting the automatic backups failed: %1 Those not yet done still open with the old password.</source>
        <translation>Le rechiffrement des sauvegardes automatiques a échoué&#xa0;: %1 Celles qui restaient à faire s’ouvrent toujours avec l’ancien mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were re-encrypted under the new key.</source>
        <translation>
            <numerusform>%n sauvegarde automatique a été rechiffrée avec la nouvelle clé.</numerusform>
            <numerusform>%n sauvegardes automatiques ont été rechiffrées avec la nouvelle clé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) were re-encrypted and open with the new password only.</source>
        <translation>
            <numerusform>%n sauvegarde automatique a été rechiffrée et ne s’ouvre plus qu’avec le nouveau mot de passe.</numerusform>
            <numerusform>%n sauvegardes automatiques ont été rechiffrées et ne s’ouvrent plus qu’avec le nouveau mot de passe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) were left as they were: they open with the password in use when they were made.</source>
        <translation>
            <numerusform>%n sauvegarde plus ancienne a été laissée telle quelle&#xa0;: elle s’ouvre avec le mot de passe en vigueur lors de sa création.</numerusform>
            <numerusform>%n sauvegardes plus anciennes ont été laissées telles quelles&#xa0;: elles s’ouvrent avec le mot de passe en vigueur lors de leur création.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::PasswordStrength</name>
    <message>
        <source>Too weak</source>
        <extracomment>Password strength ratings, from worst to best</extracomment>
        <translation>Trop faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
</context>
<context>
    <name>twofold::QrCamera</name>
    <message>
        <source>Waiting for permission to use the camera…</source>
        <translation>En attente de l’autorisation d’utiliser la caméra…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>That QR code holds no otpauth:// link. Hold up the code the service shows for setting up two-factor authentication.</source>
        <translation>Ce code QR ne contient pas de lien otpauth://. Présentez le code que le service affiche pour configurer l’authentification à deux facteurs.</translation>
    </message>
    <message>
        <source>Hold the QR code up to the camera.</source>
        <translation>Présentez le code QR devant la caméra.</translation>
    </message>
    <message>
        <source>No camera was found. Connect one, or read the QR code from an image or from the screen instead.</source>
        <translation>Aucune caméra n’a été trouvée. Branchez-en une, ou lisez plutôt le code QR depuis une image ou depuis l’écran.</translation>
    </message>
    <message>
        <source>Twofold is not allowed to use the camera. Allow camera access in your system&apos;s privacy settings, then try again.</source>
        <translation>Twofold n’est pas autorisé à utiliser la caméra. Autorisez l’accès à la caméra dans les paramètres de confidentialité de votre système, puis réessayez.</translation>
    </message>
    <message>
        <source>The camera could not be started. Another application may be using it.</source>
        <translation>La caméra n’a pas pu être démarrée. Une autre application l’utilise peut-être.</translation>
    </message>
    <message>
        <source>The camera could not be started (%1). Another application may be using it.</source>
        <translation>La caméra n’a pas pu être démarrée (%1). Une autre application l’utilise peut-être.</translation>
    </message>
</context>
<context>
    <name>twofold::QrIntake</name>
    <message>
        <source>The clipboard holds neither an image nor an otpauth:// link.</source>
        <translation>Le presse-papiers ne contient ni image ni lien otpauth://.</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>Aucun code QR n’a été trouvé dans l’image.</translation>
    </message>
    <message>
        <source>The QR code does not hold an otpauth:// link.</source>
        <translation>Le code QR ne contient pas de lien otpauth://.</translation>
    </message>
    <message>
        <source>The screen could not be read (%1).</source>
        <translation>L’écran n’a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>This desktop offers no screenshot portal, so Twofold cannot read the screen. Install the desktop&apos;s xdg-desktop-portal back end (on sway and other wlroots compositors: xdg-desktop-portal-wlr with xdg-desktop-portal-gtk), or save the QR code as an image and use “Open image…”.</source>
        <translation>Ce bureau n’offre pas de portail de capture d’écran, Twofold ne peut donc pas lire l’écran. Installez le module xdg-desktop-portal du bureau (sous sway et les autres compositeurs wlroots&#xa0;: xdg-desktop-portal-wlr avec xdg-desktop-portal-gtk), ou enregistrez le code QR comme image et utilisez «&#xa0;Ouvrir une image…&#xa0;».</translation>
    </message>
    <message>
        <source>The screen scan was cancelled; nothing was read.</source>
        <translation>La lecture de l’écran a été annulée&#xa0;; rien n’a été lu.</translation>
    </message>
    <message>
        <source>The desktop&apos;s screenshot portal refused or failed to take the screenshot. If screenshots were denied to Twofold, allow them in the desktop&apos;s privacy settings; otherwise save the QR code as an image and use “Open image…”.</source>
        <translation>Le portail de capture d’écran du bureau a refusé ou n’a pas pu prendre la capture. Si les captures d’écran ont été refusées à Twofold, autorisez-les dans les paramètres de confidentialité du bureau&#xa0;; sinon, enregistrez le code QR comme image et utilisez «&#xa0;Ouvrir une image…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>twofold::ShortcutPortal</name>
    <message>
        <source>Quick copy a code</source>
        <translation>Copier rapidement un code</translation>
    </message>
</context>
<context>
    <name>twofold::TrayController</name>
    <message>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <source>Quick copy…</source>
        <translation>Copie rapide…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Twofold — unlocked</source>
        <translation>Twofold — déverrouillé</translation>
    </message>
    <message>
        <source>Twofold — locked</source>
        <translation>Twofold — verrouillé</translation>
    </message>
    <message>
        <source>Twofold</source>
        <translation>Twofold</translation>
    </message>
    <message>
        <source>Hide window</source>
        <translation>Masquer la fenêtre</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Afficher la fenêtre</translation>
    </message>
    <message numerus="yes">
        <source>Next code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the service, e.g. &quot;GitHub&quot;; the clipboard is cleared after %n seconds.</extracomment>
        <translation>
            <numerusform>Code suivant pour %1 copié — effacé dans %n s</numerusform>
            <numerusform>Code suivant pour %1 copié — effacé dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <translation>
            <numerusform>Code de %1 copié — effacé dans %n s</numerusform>
            <numerusform>Code de %1 copié — effacé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The current code was about to expire.</source>
        <translation>Le code actuel allait expirer.</translation>
    </message>
    <message>
        <source>Twofold is still running</source>
        <translation>Twofold continue de fonctionner</translation>
    </message>
    <message>
        <source>It stays in the system tray, ready to copy codes. Choose Quit in its menu to end it.</source>
        <translation>Il reste dans la zone de notification, prêt à copier des codes. Choisissez «&#xa0;Quitter&#xa0;» dans son menu pour le fermer.</translation>
    </message>
    <message>
        <source>Nothing was copied</source>
        <translation>Rien n’a été copié</translation>
    </message>
    <message>
        <source>This desktop lets a program set the clipboard only from a focused window, and gave Twofold&apos;s none. Use Quick copy… or copy in Twofold&apos;s window.</source>
        <translation>Ce bureau ne laisse un programme écrire dans le presse-papiers que depuis une fenêtre active, et n’en a activé aucune de Twofold. Utilisez « Copie rapide… » ou copiez dans la fenêtre de Twofold.</translation>
    </message>
</context>
<context>
    <name>twofold::TrayHostProbe</name>
    <message>
        <source>This desktop shows no tray icons: no StatusNotifierItem host is running (on GNOME, the AppIndicator extension adds one). Closing the window therefore quits or minimises Twofold, as chosen below.</source>
        <translation>Ce bureau n’affiche pas d’icônes dans la zone de notification : aucun hôte StatusNotifierItem ne fonctionne (sous GNOME, l’extension AppIndicator en ajoute un). Fermer la fenêtre quitte donc Twofold ou le réduit, selon le choix ci-dessous.</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons: no system tray is running. Closing the window therefore quits or minimises Twofold, as chosen below.</source>
        <translation>Ce bureau n’affiche pas d’icônes dans la zone de notification : aucune zone de notification ne fonctionne. Fermer la fenêtre quitte donc Twofold ou le réduit, selon le choix ci-dessous.</translation>
    </message>
</context>
<context>
    <name>twofold::VaultParts</name>
    <message numerus="yes">
        <source>Conflict copies left by a sync tool merged into the vault: %n. They were moved to %1.</source>
        <extracomment>%n is how many, %1 is the backup folder</extracomment>
        <translation>
            <numerusform>Copie de conflit laissée par un outil de synchronisation fusionnée dans le coffre&#xa0;: %n. Elle a été déplacée vers %1.</numerusform>
            <numerusform>Copies de conflit laissées par un outil de synchronisation fusionnées dans le coffre&#xa0;: %n. Elles ont été déplacées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>twofold::VaultSaver</name>
    <message>
        <source>Unsaved changes from an earlier session are kept in %1; they open with the password used then.</source>
        <translation>Des modifications non enregistrées d’une session précédente sont conservées dans %1&#xa0;; elles s’ouvrent avec le mot de passe utilisé à l’époque.</translation>
    </message>
    <message>
        <source>Saved, with a warning: %1</source>
        <translation>Enregistré, avec un avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes are kept in memory; Twofold will try again.</source>
        <extracomment>%1 is a sentence saying why saving failed</extracomment>
        <translation>Non enregistré&#xa0;: %1 Vos modifications sont gardées en mémoire&#xa0;; Twofold va réessayer.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your changes were kept in %2 and are merged at the next unlock.</source>
        <translation>Non enregistré&#xa0;: %1 Vos modifications ont été conservées dans %2 et seront fusionnées au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>Not saved: %1 Keeping the changes aside failed too: %2</source>
        <translation>Non enregistré&#xa0;: %1 La mise de côté des modifications a également échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>twofold::VaultSession</name>
    <message>
        <source>The newest backup that opens is from %1.</source>
        <translation>La sauvegarde la plus récente qui s’ouvre date du %1.</translation>
    </message>
    <message>
        <source>The backup was restored; the damaged file was kept beside it. Unlock to continue.</source>
        <translation>La sauvegarde a été restaurée&#xa0;; le fichier endommagé a été conservé à côté. Déverrouillez pour continuer.</translation>
    </message>
</context>
<context>
    <name>twofold::VaultWatcher</name>
    <message>
        <source>The vault file changed on disk and does not open: %1</source>
        <extracomment>%1 is a sentence saying why the vault file did not open</extracomment>
        <translation>Le fichier du coffre a changé sur le disque et ne s’ouvre pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>A sync tool left a conflict copy beside the vault that does not open with its password, so it was not merged and stays where it is: %1</source>
        <extracomment>%1 lists file names, each with the reason it did not open</extracomment>
        <translation>Un outil de synchronisation a laissé à côté du coffre une copie de conflit qui ne s’ouvre pas avec son mot de passe&#xa0;; elle n’a donc pas été fusionnée et reste en place&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>twofold::WaylandCopy</name>
    <message>
        <source>Copying…</source>
        <translation>Copie en cours…</translation>
    </message>
</context>
</TS>
