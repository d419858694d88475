#!/usr/bin/env bash
# The real regie.exe under wine in a terminal (tmux): start it on a new workspace in a folder with
# a space and an accent, `a`, type an action, save, quit; start again: the action is there and
# no damage is reported. Also `regie.exe check` prints byte for byte what the Linux build prints.
# Wine's console does not draw faithfully, so this checks behaviour (the files, the exit code,
# the commands' output), not the screen. Enter does not reach the app through wine's tty console
# (neither CR nor LF), so the action is saved with Ctrl-s, which saves in every form as Enter does.
# Runs after bench/windows-build.sh (it uses its regie.exe); installs tmux/wine when missing.
# Usage: bash bench/windows-tmux.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/windows-env.sh

need_windows_target || exit 0
need_wine || exit 0
command -v tmux >/dev/null 2>&1 || apt_install tmux || { loud "tmux is niet te installeren: regie.exe niet in een terminal getest"; exit 0; }
exe="target/x86_64-pc-windows-gnu/debug/regie.exe"
[ -s "$exe" ] || windows_cargo build --bin regie
cargo build --locked --bin regie -q
linux="target/debug/regie"

tmp="$(mktemp -d)"
socket="regie-wine-$$"
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
fail() { echo "windows-tmux: $*" >&2; [ -n "${screen:-}" ] && echo "$screen" >&2; exit 1; }
winpath() { local p="${1//\//\\}"; echo "Z:$p"; }
workspace="$tmp/Sofie Vandenbroucke/OneDrive - Stad Kortrijk/Documenten/é werkmap"
mkdir -p "$workspace"

# Starts the app in a fresh tmux session; its exit code goes to $tmp/exit.
start() {
    rm -f "$tmp/exit"
    tmux -L "$socket" kill-server 2>/dev/null || true
    tmux -L "$socket" new-session -d -x 120 -y 36 -s app \
        "REGIE_CONFIG_DIR='$tmp/config' TERM=xterm-256color bench/wine/runner.sh $exe --workspace '$(winpath "$workspace")'; echo \$? > '$tmp/exit'; sleep 60"
}
# Waits up to $1 seconds for a condition (a shell command).
until_ok() {
    local seconds="$1"
    shift
    for _ in $(seq $((seconds * 4))); do
        if eval "$@"; then return 0; fi
        sleep 0.25
    done
    return 1
}
# Wine's console wraps the last column onto the next line: the screen is searched as one line.
shows() { screen="$(tmux -L "$socket" capture-pane -p -t app)"; tr -d "\n" <<<"$screen" | grep -q -- "$1"; }
keys() { tmux -L "$socket" send-keys -t app "$@"; }
quit() {
    keys Escape
    sleep 1
    keys q
    until_ok 30 '[ -s "$tmp/exit" ]' || fail "regie.exe stopt niet op q"
    [ "$(cat "$tmp/exit")" = 0 ] || fail "regie.exe stopte met code $(cat "$tmp/exit")"
}

text="Actie onder wine: één, “twee”"
start
until_ok 60 'shows "opgeslagen"' || fail "geen matrix"
keys a
until_ok 20 'shows "Nieuwe actie"' || fail "a opent geen actie-editor"
keys -l "$text"
sleep 1
keys C-s
until_ok 20 'grep -rqF "$text" "$workspace" 2>/dev/null' \
    || fail "de actie is niet opgeslagen"
quit

start
until_ok 60 'shows "opgeslagen"' || fail "geen matrix na het herstarten"
shows "NIET OPGESLAGEN\|ALLEEN LEZEN\|beschadigd" && fail "een schadebanner na het herstarten"
quit
csv="$(REGIE_CONFIG_DIR="$tmp/config" bench/wine/runner.sh "$exe" export actions --csv --workspace "$(winpath "$workspace")")"
grep -qF "$text" <<<"$csv" || fail "de actie is er niet na het herstarten: $csv"
ls -R "$workspace" | grep -q beschadigd && fail "beschadigde bestanden: $(ls -R "$workspace")"
echo "regie.exe in tmux: actie opgeslagen, na herstart terug, geen schade"

# `check` prints what the Linux build prints, byte for byte (regie writes LF on both).
bench/wine/runner.sh "$exe" check > "$tmp/check.windows"
"$linux" check > "$tmp/check.linux"
cmp "$tmp/check.windows" "$tmp/check.linux" || fail "regie.exe check wijkt af van de Linux-build: $(diff "$tmp/check.linux" "$tmp/check.windows" | head)"
echo "regie.exe check = Linux check: $(wc -l < "$tmp/check.linux") regels, byte voor byte"
