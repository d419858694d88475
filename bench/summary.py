"""Summarises bench/run.sh's tuiprobe results against the budgets of BENCHMARKS.md."""
import json
import re
import sys
from pathlib import Path

out = Path(sys.argv[1])


def load(name):
    return json.loads((out / f"{name}.json").read_text())["summary"]


def memory(name):
    text = (out / f"memory-{name}.txt").read_text()
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", text).group(1))
    return kb / 1024


def nav_keys(summary):
    names = {"key Down", "key Up", "key Left", "key Right", "key PageDown"}
    return [k for k in summary["keys"] if k["input"] in names]


def fmt(stat):
    return f"{stat['median']:.1f} (min {stat['min']:.1f}, max {stat['max']:.1f})"


floor = load("floor")["time_to_first_frame_ms"]
print(f"floor (bare ratatui 13x4): first frame {fmt(floor)} ms")
for name in ["shipped", "shipped-80x24", "large", "large-5-measurements"]:
    summary = load(name)
    first = summary["time_to_first_frame_ms"]
    ratio = first["median"] / floor["median"]
    print(f"\n{name}: first full frame {fmt(first)} ms = {ratio:.2f} x floor")
    nav = nav_keys(summary)
    settle = sorted(k["settle_ms"]["median"] for k in nav)
    sent = sorted(k["bytes"]["median"] for k in nav)
    print(f"  navigation keys: settle median {settle[len(settle) // 2]:.1f} ms (max {settle[-1]:.1f}),"
          f" bytes median {sent[len(sent) // 2]} (max {sent[-1]})")
    for key in summary["keys"]:
        if key not in nav:
            print(f"  {key['input']}: settle {key['settle_ms']['median']:.1f} ms, {key['bytes']['median']} bytes")
for name in ["shipped", "large"]:
    print(f"peak memory {name}: {memory(name):.1f} MB")
