#!/usr/bin/env bash
# Diagnosis (not a test, no pass/fail): what the JIT compiles in a batch `check`, BEFORE vs AFTER, to find where
# the extra JIT of a change goes (issue 11: the pack as scripts JIT-compiles far more than the C# checks did).
# usage: jit.sh BEFORE_BUILD AFTER_BUILD   (folders holding contentlint.dll, e.g. from
#        `dotnet build src/ContentLint.Cli -c Release -o DIR` in each tree)
# Runs `check --format json` once per build on the 10,000-post corpus of bench/pack/run.sh (PACK_POSTS) with
# DOTNET_JitDisasmSummary, then prints jit_table.py's summary: methods and IL bytes compiled per tier (Tier0, then
# the Tier1 re-compilations of what got hot), and the namespaces whose compilations grew or shrank the most.
# JIT work is counted, not timed, so the figures hold on a busy machine (how many methods reach Tier1 still moves
# a little with load: the background compiler gets less time).
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BEFORE_BUILD AFTER_BUILD" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
before="$(cd "$1" && pwd)" after="$(cd "$2" && pwd)"
. "$here/corpus.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 "$here/../parity/gen_corpus.py" "$corpus_src" "$work/batch" --posts "${PACK_POSTS:-10000}" --markdown-every 0
for side in before after; do
  build="$before"; [ "$side" = after ] && build="$after"
  [ -f "$build/contentlint.dll" ] || { echo "no contentlint.dll in $build" >&2; exit 2; }
  (cd "$work/batch" && CONTENTLINT_CACHE_DIR="$work/cache-$side" DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$work/jit-$side.txt" \
     dotnet "$build/contentlint.dll" check --format json . > /dev/null 2> "$work/stderr") || [ $? -eq 1 ] \
    || { echo "$side: check failed: $(cat "$work/stderr")" >&2; exit 1; }
done
python3 "$here/jit_table.py" "$work/jit-before.txt" "$work/jit-after.txt"
