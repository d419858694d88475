#!/usr/bin/env bash
# Measures the release binary in a pseudo-terminal with tuiprobe: start to first full frame,
# key press to settled frame and bytes per navigation key, for the shipped and a large
# dataset, beside the bare ratatui floor in the same run; and peak memory.
# Usage: bash bench/run.sh [REPEAT]   (default 10 runs each; results in target/bench/)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat="${1:-10}"
probe="../shared/tools/tuiprobe.py"
out="target/bench"
mkdir -p "$out"
python3 -c 'import pyte' 2>/dev/null || pip install --quiet pyte
cargo build --release --bin regie --example floor

large="$(mktemp -d)"
trap 'rm -rf "$large"' EXIT
target/release/regie demo-data --out "$large/data" >/dev/null

run() { # name cols rows scenario -- command...
    local name=$1 cols=$2 rows=$3 scenario=$4
    shift 5
    python3 "$probe" --repeat "$repeat" --cols "$cols" --rows "$rows" --timeout 30 \
        --outdir "$out/snaps" -s "$scenario" -- "$@" >"$out/$name.json"
}

run floor 120 36 bench/floor.scn -- target/release/examples/floor
run shipped 120 36 bench/shipped.scn -- target/release/regie --workspace "$large/ws-shipped"
run shipped-80x24 80 24 bench/shipped.scn -- target/release/regie --workspace "$large/ws-shipped"
cp -r "$large/data/workspace" "$large/ws-large"
run large 120 36 bench/large.scn -- target/release/regie --data "$large/data" --workspace "$large/ws-large"
# The same 300 municipalities with five measurements (four copies of the first).
cp -r "$large/data" "$large/five"
for n in 2 3 4 5; do
    target/release/regie measurement new "Meting $n" --data "$large/five" --workspace "$large/ws-five" >/dev/null
done
run large-5-measurements 120 36 bench/measurements.scn -- \
    target/release/regie --data "$large/five" --workspace "$large/ws-five"

python3 "$probe" --cols 120 --rows 36 -s bench/shipped.scn -- \
    /usr/bin/time -v -o "$out/memory-shipped.txt" target/release/regie --workspace "$large/ws-shipped" >/dev/null
python3 "$probe" --cols 120 --rows 36 --timeout 30 -s bench/large.scn -- \
    /usr/bin/time -v -o "$out/memory-large.txt" target/release/regie --data "$large/data" --workspace "$large/ws-large" >/dev/null

python3 bench/summary.py "$out"

# The selection stands out on a real terminal's colours in every theme, at 80×24 and 60×16.
for size in "80 24" "60 16"; do
    set -- $size
    # `t` is remembered in state.ron: a config directory of its own, never the user's.
    python3 "$probe" --cols "$1" --rows "$2" --outdir "$out/snaps" -s bench/themes.scn \
        --env REGIE_CONFIG_DIR="$large/config-$1" -- \
        target/release/regie --workspace "$large/ws-themes-$1" >"$out/themes-$1x$2.json"
done
