# SPDX-License-Identifier: GPL-3.0-or-later
# bash completion for twofold: subcommands, their options, and file arguments.

_twofold()
{
    local cur prev words cword
    _init_completion || return

    local commands="code scan init list show add inspect import export passwd clock"
    local vault="--vault --password-file"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    case $prev in
        --vault | --password-file | --import-password-file | --export-password-file | --new-password-file)
            _filedir
            return
            ;;
        --format)
            mapfile -t COMPREPLY < <(compgen -W "twofold aegis aegis-plain uris pdf" -- "$cur")
            return
            ;;
        --duplicates)
            mapfile -t COMPREPLY < <(compgen -W "skip add" -- "$cur")
            return
            ;;
        --server)
            mapfile -t COMPREPLY < <(compgen -W "pool.ntp.org time.cloudflare.com time.google.com" -- "$cur")
            return
            ;;
        --uri | --time)
            return
            ;;
    esac

    local options
    case $command in
        "")
            mapfile -t COMPREPLY < <(compgen -W "$commands --help --version --minimized --quick-copy" -- "$cur")
            return
            ;;
        code) options="--uri --time --next" ;;
        scan) options="--json" ;;
        init) options="$vault" ;;
        list) options="$vault --json" ;;
        show) options="$vault --time --next --json" ;;
        add) options="$vault --allow-duplicate" ;;
        inspect) options="--password-file --json" ;;
        import) options="$vault --import-password-file --duplicates --json" ;;
        export) options="$vault --format --export-password-file --unencrypted" ;;
        passwd) options="$vault --new-password-file --keep-backups" ;;
        clock) options="--server" ;;
        *) return ;;
    esac

    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
    else
        case $command in
            scan | inspect | import | export) _filedir ;;
        esac
    fi
}
complete -F _twofold twofold
