#!/usr/bin/env python3
"""Summarizes two DOTNET_JitStdOutFile listings (DOTNET_JitDisasmSummary=1): BEFORE vs AFTER.

usage: jit_table.py BEFORE.txt AFTER.txt [DEPTH] [ROWS]
Prints, per tier, the methods compiled and their IL bytes (the JIT's work grows with both), then the
namespaces (the declaring type's first DEPTH parts, default 3; generic arguments dropped) whose Tier0 +
Tier1 compilations grew the most and shrank the most (ROWS each, default 25).
"""
import collections
import re
import sys

LINE = re.compile(r"\s*\d+: JIT compiled (.*) \[(Tier0|Tier1-OSR|Tier1|FullOpts|MinOpts|Instrumented Tier0|Instrumented Tier1)[^,]*, IL size=(\d+)")


def load(path, depth):
    per_tier = collections.Counter()
    per_namespace = collections.defaultdict(collections.Counter)
    with open(path, encoding="utf-8", errors="replace") as stream:
        for line in stream:
            match = LINE.match(line)
            if not match:
                continue
            name, tier, il = match.group(1), match.group(2), int(match.group(3))
            declaring = re.sub(r"\[.*", "", name.split(":")[0])
            namespace = ".".join(declaring.split(".")[:depth])
            per_tier[tier] += 1
            per_tier[tier + " IL"] += il
            per_namespace[namespace][tier] += 1
            per_namespace[namespace][tier + " IL"] += il
    return per_tier, per_namespace


def main():
    depth = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    rows = int(sys.argv[4]) if len(sys.argv) > 4 else 25
    (before, before_ns), (after, after_ns) = load(sys.argv[1], depth), load(sys.argv[2], depth)
    print(f"{'tier':<22} {'BEFORE':>9} {'AFTER':>9} {'ratio':>6}")
    for tier in sorted({k for k in list(before) + list(after) if not k.endswith(" IL")}):
        for key, label in ((tier, f"{tier} methods"), (tier + " IL", f"{tier} IL bytes")):
            ratio = f"{after[key] / before[key]:.2f}" if before[key] else "-"
            print(f"{label:<22} {before[key]:>9} {after[key]:>9} {ratio:>6}")

    def work(counter):
        return counter["Tier0"] + counter["Tier1"]

    names = sorted(set(before_ns) | set(after_ns), key=lambda n: work(after_ns[n]) - work(before_ns[n]), reverse=True)
    header = f"{'namespace':<58} {'T0 bef':>7} {'T0 aft':>7} {'T1 bef':>7} {'T1 aft':>7} {'T1 IL bef':>10} {'T1 IL aft':>10}"
    for title, chosen in (("grew the most", names[:rows]), ("shrank the most", list(reversed(names[-rows:])))):
        print(f"\nnamespaces whose Tier0 + Tier1 compilations {title}:\n{header}")
        for name in chosen:
            b, a = before_ns[name], after_ns[name]
            print(f"{name[:58]:<58} {b['Tier0']:>7} {a['Tier0']:>7} {b['Tier1']:>7} {a['Tier1']:>7} {b['Tier1 IL']:>10} {a['Tier1 IL']:>10}")


if __name__ == "__main__":
    main()
