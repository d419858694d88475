#!/usr/bin/env bash
# The test suite on Windows: cross-built for x86_64-pc-windows-gnu and run under Debian's wine,
# with bench/wine/runner.sh as the target's runner (it supplies the ProcessPrng shim that wine 8
# lacks). Tests that need a Unix pty or Unix signals are gated to Unix in their files. Installs
# the target, mingw and wine when missing; when one cannot be installed it says so in one loud
# line and exits 0, so that CI runs the rest.
# Usage: bash bench/windows-test.sh [TESTNAME-FILTER]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/windows-env.sh

need_windows_target || exit 0
need_wine || exit 0
# One wineserver for the whole suite instead of one per test executable.
export WINEPREFIX="$REGIE_WINE_CACHE/prefix"
bench/wine/runner.sh cmd /c exit >/dev/null 2>&1 || true
WINEDEBUG=-all wineserver -p 2>/dev/null || true
trap 'WINEDEBUG=-all wineserver -k 2>/dev/null || true' EXIT
# The library, the binaries and the integration tests (no doctests: each is a separate
# executable to link, and they are plain examples of in-process APIs the suite covers).
windows_cargo test --lib --bins --tests -- "$@"
