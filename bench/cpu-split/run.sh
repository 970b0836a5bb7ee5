#!/usr/bin/env bash
# Benchmark (not a test): where a `check` process (and its rule host, if any: one table per process)
# spends its processor time, in real CPU samples (Linux perf), split into JIT (the tier-1 background
# compiler thread, and JIT on the checking threads), the runtime (GC, stubs: libcoreclr), the kernel,
# and managed code — with the managed functions that hold the most samples (inclusive). dotnet-trace's
# sampled thread time counts a thread waiting in managed code (a GC suspension, a lock) as CPU, so it
# cannot tell JIT or GC from work; perf can.
# usage: run.sh CONTENTLINT_DLL CORPUS_DIR [TOP]   (CORPUS_DIR: e.g. made by bench/parity/gen_corpus.py)
# Needs `perf` (kernel.perf_event_paranoid ≤ 2). Knob: CPU_SPLIT_HZ (999).
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 CONTENTLINT_DLL CORPUS_DIR [TOP]" >&2; exit 2; }
dll="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# W^X off: JIT'd code then sits in the perf map's address ranges, so its frames get names.
(cd "$2" && DOTNET_EnableWriteXorExecute=0 DOTNET_PerfMapEnabled=1 perf record -q -F "${CPU_SPLIT_HZ:-999}" -g -o "$work/perf.data" \
  dotnet "$dll" check --format json . > /dev/null 2> "$work/stderr") || [ $? -eq 1 ] || { cat "$work/stderr" >&2; exit 1; }
perf script -i "$work/perf.data" -F comm,pid,tid,ip,sym,dso 2>/dev/null > "$work/samples.txt"
python3 "$here/split.py" "$work/samples.txt" "${3:-30}"
