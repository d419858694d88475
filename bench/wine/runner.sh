#!/usr/bin/env bash
# Runs a Windows executable under wine: the runner of the x86_64-pc-windows-gnu target for
# `cargo test`/`cargo run` (CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=bench/wine/runner.sh).
# Test infrastructure only. It keeps a quiet WINEPREFIX (no Mono/Gecko dialogs, no debug output)
# and the ProcessPrng shim (bcryptprimitives.c, built here with mingw when missing or older than
# its source) in a cache directory, and puts the shim on WINEPATH so every test exe finds it.
# Cache: $REGIE_WINE_CACHE, else ${XDG_CACHE_HOME:-$HOME/.cache}/regie-wine.
# Usage: bench/wine/runner.sh PROGRAM.exe [ARGS...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${REGIE_WINE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/regie-wine}"
mkdir -p "$cache/shim"

shim="$cache/shim/bcryptprimitives.dll"
if [ ! -s "$shim" ] || [ "$here/bcryptprimitives.c" -nt "$shim" ] || [ "$here/bcryptprimitives.def" -nt "$shim" ]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$shim.tmp" \
        "$here/bcryptprimitives.c" "$here/bcryptprimitives.def" -ladvapi32
    mv -f "$shim.tmp" "$shim"
fi

export WINEPREFIX="$cache/prefix"
export WINEARCH=win64
export WINEDEBUG=-all
# No Mono or Gecko installer dialogs; no window for a console program.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export DISPLAY=
# wine looks for DLLs on WINEPATH (a Windows path list) after the exe's own folder.
export WINEPATH="Z:${cache//\//\\}\\shim${WINEPATH:+;$WINEPATH}"
if [ ! -d "$WINEPREFIX/drive_c" ]; then
    # The first start creates the prefix (~10 s); a lock keeps parallel runners from racing it.
    (
        flock 9
        [ -d "$WINEPREFIX/drive_c" ] || { wineboot -i >/dev/null 2>&1 || true; wineserver -w || true; }
    ) 9>"$cache/prefix.lock"
fi
exec wine "$@"
