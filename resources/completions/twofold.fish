# SPDX-License-Identifier: GPL-3.0-or-later
# fish completion for twofold: subcommands, their options, and file arguments.

set -l commands code scan init list show add inspect import export passwd clock
complete -c twofold -f

complete -c twofold -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Show the help'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -s v -l version -d 'Show the version'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -l minimized -d 'Start hidden in the tray'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -l quick-copy -d 'Open the quick copy popup'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a code -d 'Print the code of an otpauth:// URI'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a scan -d 'Print the text of QR codes in images'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a init -d 'Create a new vault'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a list -d 'List the accounts'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a show -d 'Print the code of one account'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a add -d 'Add an otpauth:// account'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a inspect -d "Print the accounts in another app's file"
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a import -d "Add the accounts of another app's file"
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a export -d 'Write every account to a file'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a passwd -d 'Change the vault password'
complete -c twofold -n "not __fish_seen_subcommand_from $commands" -a clock -d 'Ask a time server how far the clock is off'

set -l vault_commands init list show add import export passwd
complete -c twofold -n "__fish_seen_subcommand_from $vault_commands" -l vault -r -F -d 'The vault file'
complete -c twofold -n "__fish_seen_subcommand_from $vault_commands inspect" -l password-file -r -F -d 'Read the password from FILE'
complete -c twofold -n "__fish_seen_subcommand_from list show inspect scan import" -l json -d 'One JSON document'

complete -c twofold -n "__fish_seen_subcommand_from code" -l uri -x -d 'The otpauth:// URI, or - for stdin'
complete -c twofold -n "__fish_seen_subcommand_from code show" -l time -x -d 'Unix time in seconds'
complete -c twofold -n "__fish_seen_subcommand_from code show" -l next -d 'The next code'
complete -c twofold -n "__fish_seen_subcommand_from add" -l allow-duplicate -d 'Add a secret already in the vault'
complete -c twofold -n "__fish_seen_subcommand_from import" -l import-password-file -r -F -d "The file's password"
complete -c twofold -n "__fish_seen_subcommand_from import" -l duplicates -x -a 'skip add' -d 'What to do with duplicates'
complete -c twofold -n "__fish_seen_subcommand_from export" -l format -x -a 'twofold aegis aegis-plain uris pdf' -d 'The format'
complete -c twofold -n "__fish_seen_subcommand_from export" -l export-password-file -r -F -d "The exported file's password"
complete -c twofold -n "__fish_seen_subcommand_from export" -l unencrypted -d 'Allow a plain format'
complete -c twofold -n "__fish_seen_subcommand_from passwd" -l new-password-file -r -F -d 'Read the new password from FILE'
complete -c twofold -n "__fish_seen_subcommand_from passwd" -l keep-backups -d 'Leave the automatic backups under the old password'
complete -c twofold -n "__fish_seen_subcommand_from clock" -l server -x -a 'pool.ntp.org time.cloudflare.com time.google.com' -d 'The time server, HOST[:PORT]'
complete -c twofold -n "__fish_seen_subcommand_from scan inspect import export" -F
