#!/usr/bin/env bash
# Builds regie-windows-x86_64.zip for a facilitator's Windows laptop: the release regie.exe
# (x86_64-pc-windows-gnu, Debian's mingw as linker) and docs/windows/LEESMIJ.txt with CRLF line
# ends, for Notepad. Nothing of the wine test infrastructure goes in. Prints the zip's size.
# Usage: bash bench/windows-zip.sh [OUT.zip]   (default: target/regie-windows-x86_64.zip)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/windows-env.sh

out="${1:-target/regie-windows-x86_64.zip}"
need_windows_target || exit 1
cargo build --locked --release --target x86_64-pc-windows-gnu --bin regie
exe="target/x86_64-pc-windows-gnu/release/regie.exe"
python3 - "$exe" docs/windows/LEESMIJ.txt "$out" <<'PY'
import sys, zipfile
exe, readme, out = sys.argv[1:]
with zipfile.ZipFile(out + ".tmp", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.write(exe, "regie/regie.exe")
    text = open(readme, encoding="utf-8").read().replace("\r\n", "\n").replace("\n", "\r\n")
    z.writestr("regie/LEESMIJ.txt", text.encode("utf-8"))
PY
mv -f "$out.tmp" "$out"
echo "$out: $(stat -c %s "$out") bytes (regie.exe $(stat -c %s "$exe") bytes)"
