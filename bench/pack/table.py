#!/usr/bin/env python3
"""Prints BEFORE | AFTER | ratio from bench/pack/run.sh's measures; exit 1 when AFTER is more than 10 % worse.

usage: table.py results.tsv rounds   (results: side TAB metric TAB value, one measure a line)
Each row is the median over the rounds (the one-file times: over every run; wall time also its min).
A throughput is worse when it drops below BEFORE / 1.1, a time when it exceeds BEFORE × 1.1. The spread
(max / min of BEFORE's own measures) says how much the machine alone moved them: a flag on a row whose
spread is over 10 % is marked noisy.
"""
import statistics
import sys

TOLERANCE = 1.10
values = {}
with open(sys.argv[1], encoding="utf-8") as stream:
    for line in stream:
        side, metric, value = line.rstrip("\n").split("\t")
        if value != "nan":
            values.setdefault(metric, {}).setdefault(side, []).append(float(value))

rows = []
for metric, sides in values.items():
    spread = max(sides.get("before", [1])) / min(sides.get("before", [1]))
    if metric == "one file wall ms":
        rows.append(("one file wall ms (min)", {s: min(v) for s, v in sides.items()}, spread))
    name = metric + " (median)" if metric.startswith("one file") else metric
    rows.append((name, {s: statistics.median(v) for s, v in sides.items()}, spread))

print(f"median of {sys.argv[2]} interleaved rounds")
print(f"{'metric':<30} {'BEFORE':>10} {'AFTER':>10} {'ratio':>7} {'spread':>7}")
worse = []
for metric, by_side, spread in rows:
    before, after = by_side.get("before"), by_side.get("after")
    if before is None or after is None:
        print(f"{metric:<30} {'-':>10} {'-':>10} {'-':>7}  (not measured on both)")
        continue
    ratio = after / before
    higher_is_better = "/s" in metric
    is_worse = ratio < 1 / TOLERANCE if higher_is_better else ratio > TOLERANCE
    noisy = spread > TOLERANCE
    flag = ("  WORSE > 10 %" + (" (noisy: BEFORE alone spread over 10 %)" if noisy else "")) if is_worse else ""
    if is_worse:
        worse.append(metric + (" (noisy)" if noisy else ""))
    print(f"{metric:<30} {before:>10.1f} {after:>10.1f} {ratio:>7.2f} {spread:>7.2f}{flag}")
print("more than 10 % worse: " + (", ".join(worse) if worse else "nothing"))
sys.exit(1 if worse else 0)
