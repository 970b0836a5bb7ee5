#!/usr/bin/env bash
# Benchmark (not a test): where a `check` with script rules in the rule host spends processor time, per
# process (the parent and its host), in real CPU samples (Linux perf follows the host, a child process):
# the tier-1 compiler thread, JIT on other threads, the runtime, the kernel and managed code, with the
# managed functions that hold the most samples. Sample counts are CPU time (999 Hz: ~1 s per 1,000), far
# steadier than wall time on a busy machine; still, compare runs made one after the other.
# usage: profile.sh CONTENTLINT_DLL REPO [TOP]   (REPO: a folder with contentlint.yaml and script rules)
# Needs `perf` (kernel.perf_event_paranoid <= 2). Knob: CPU_SPLIT_HZ (999).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 CONTENTLINT_DLL REPO [TOP]" >&2; exit 2; }
dll="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# W^X off: JIT'd code then sits in the perf map's address ranges, so its frames get names.
(cd "$2" && DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 CONTENTLINT_TRACE=1 perf record -q -F "${CPU_SPLIT_HZ:-999}" -g -o "$work/perf.data" \
  dotnet "$dll" check --format json . > /dev/null 2> "$work/stderr") || [ $? -eq 1 ] || { cat "$work/stderr" >&2; exit 1; }
grep -o 'host-starts=[0-9]* host-calls=[0-9]*' "$work/stderr" || true
perf script -i "$work/perf.data" -F comm,pid,tid,ip,sym,dso 2>/dev/null > "$work/samples.txt"
python3 "$here/../cpu-split/split.py" "$work/samples.txt" "${3:-25}"
