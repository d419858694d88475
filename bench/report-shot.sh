#!/usr/bin/env bash
# Renders the HTML report in a real browser: headless Chromium (Debian's `chromium`, installed
# when missing) takes a screenshot (PNG) and prints it to PDF. Fails when either file is not
# produced. Usage: bash bench/report-shot.sh [OUTDIR]   (default target/report-shot)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/report-shot}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

workspace="$(mktemp -d)"
profile="$(mktemp -d)"
trap 'rm -rf "$workspace" "$profile"' EXIT
rm -f "$out/rapport.html" "$out/rapport.png" "$out/rapport.pdf"
cargo run --locked --quiet --bin regie -- --workspace "$workspace" export report --html "$out/rapport.html" >/dev/null

chrome() {
    timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
        --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" "$@" \
        "file://$out/rapport.html" >/dev/null 2>&1 || true
}
chrome --screenshot="$out/rapport.png" --window-size=1200,1600
chrome --no-pdf-header-footer --print-to-pdf="$out/rapport.pdf"

[ -s "$out/rapport.png" ] && head -c 8 "$out/rapport.png" | grep -q PNG || { echo "geen PNG van het rapport" >&2; exit 1; }
[ -s "$out/rapport.pdf" ] && head -c 5 "$out/rapport.pdf" | grep -q '%PDF' || { echo "geen PDF van het rapport" >&2; exit 1; }
echo "rapport: $out/rapport.png, $out/rapport.pdf"
