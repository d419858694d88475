#!/usr/bin/env bash
# Cross-builds regie for the facilitators' Windows laptops (x86_64-pc-windows-gnu, Debian's
# mingw as linker) and checks the macOS build (aarch64-apple-darwin, `cargo check` only).
# Installs the rustup targets and `gcc-mingw-w64-x86-64` when missing. When a target cannot be
# installed it says so in one loud line and exits 0, so that CI runs the rest.
# The test suite under wine: bench/windows-test.sh.
# Usage: bash bench/windows-build.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/windows-env.sh

if need_windows_target; then
    windows_cargo build --bin regie
    exe="target/x86_64-pc-windows-gnu/debug/regie.exe"
    [ -s "$exe" ] && head -c 2 "$exe" | grep -q MZ || { echo "geen regie.exe gebouwd" >&2; exit 1; }
    echo "regie.exe: $(du -h "$exe" | cut -f1)"
fi
if rustup target add aarch64-apple-darwin >/dev/null 2>&1; then
    cargo check --locked --target aarch64-apple-darwin --bin regie
else
    loud "het doel aarch64-apple-darwin is niet te installeren: macOS niet nagekeken"
fi
