#!/usr/bin/env bash
# Benchmark (not a test): start-up of whole processes, one option beside the other in one run (issue 15:
# one small file warm ≤ 150 ms wall and ≤ 3× faster than markdownlint-cli2; `initialize` answered ≤ 150 ms).
# usage: run.sh
# Builds the framework-dependent Release build (started as `dotnet contentlint.dll`: ReadyToRun for this
# machine, build/ReadyToRun.targets), the same build without ReadyToRun (the IL that `dotnet pack` ships, what
# `dotnet tool install` runs) and the linux-x64 single-file executables of scripts/publish.sh with ReadyToRun for the
# tool's assemblies (READY_TO_RUN=tool), with the framework and the tool in one composite image (composite,
# the default) and without ReadyToRun (false); installs markdownlint-cli2 (bench/peers/package.json); then, for
# STARTUP_ROUNDS rounds (10) after one untimed round, interleaved, measures:
#   check-1    `check --format json .` on one real French post (posts/*.md) under the policy of
#              bench/parity/gen_corpus.py — and markdownlint-cli2 on the same file;
#   lsp-init   `lsp`: process start → `initialize` answered;
#   version    `--version` (the runtime's own start);
# for each build, and for the IL build under the runtime's DOTNET_ knobs (tiered compilation off, quick JIT
# for loops off, dynamic PGO on, the framework's ReadyToRun code ignored). Prints min/median wall and median
# CPU (bench/startup/measure.py). Reuse builds with STARTUP_R2R=DIR (a Release build folder), STARTUP_JIT=DIR
# (one built with -p:ContentLintReadyToRun=false) and
# STARTUP_SINGLE_FILE=DIR (holding r2r/, composite/, jit/ as scripts/publish.sh writes them).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus_src="${CONTENTLINT_CORPUS:-$(cd "$repo/.." && pwd)/shared/corpus}"
[ -f "$corpus_src/real-fr.jsonl" ] || { echo "no corpus at $corpus_src (set CONTENTLINT_CORPUS)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg); $(git -C "$repo" log -1 --format=%h 2>/dev/null || echo 'not git')" >&2

r2r="${STARTUP_R2R:-$work/r2r}"
if [ -z "${STARTUP_R2R:-}" ]; then
  dotnet build "$repo/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -o "$r2r" > "$work/build.log" \
    || { cat "$work/build.log" >&2; exit 1; }
fi
jit="${STARTUP_JIT:-$work/jit}"
if [ -z "${STARTUP_JIT:-}" ]; then
  dotnet build "$repo/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -p:ContentLintReadyToRun=false -o "$jit" > "$work/build.log" \
    || { cat "$work/build.log" >&2; exit 1; }
fi
single="${STARTUP_SINGLE_FILE:-$work/single}"
if [ -z "${STARTUP_SINGLE_FILE:-}" ]; then
  for mode in tool composite false; do
    name=r2r; [ "$mode" = composite ] && name=composite; [ "$mode" = false ] && name=jit
    started=$SECONDS
    READY_TO_RUN=$mode ARTIFACTS="$single/$name" bash "$repo/scripts/publish.sh" linux-x64 > "$work/publish.log" 2>&1 \
      || { cat "$work/publish.log" >&2; exit 1; }
    echo "single file, ReadyToRun $mode: $(du -m "$single/$name/linux-x64/contentlint" | cut -f1) MB, published in $((SECONDS - started)) s" >&2
  done
fi
(cd "$repo/bench/peers" && npm install --no-audit --no-fund --loglevel=error > "$work/npm.log" 2>&1) || { cat "$work/npm.log" >&2; exit 1; }
markdownlint="$repo/bench/peers/node_modules/.bin/markdownlint-cli2"

python3 "$repo/bench/parity/gen_corpus.py" "$corpus_src" "$work/corpus" --posts 10 --markdown-every 0 > /dev/null
mkdir -p "$work/one/posts"
cp "$work/corpus/contentlint.yaml" "$work/one/"
cp "$here/2026-12-05-soldes.md" "$work/one/posts/"   # one real French promo post
(cd "$work/one" && dotnet "$jit/contentlint.dll" check --format json . > "$work/one.json") || [ $? -eq 1 ]
grep -q '"files": 1' "$work/one.json" || { echo "the one-file check did not check one file:" >&2; cat "$work/one.json" >&2; exit 1; }

export CONTENTLINT_CACHE_DIR="$work/script-cache" NO_COLOR=1
python3 - "$work" "$jit" "$r2r" "$single" "$markdownlint" > "$work/plan.json" <<'PY'
import json, sys
work, jit, r2r, single, markdownlint = sys.argv[1:]
one = work + "/one"
cases = {"check-1": {"cwd": one, "args": ["check", "--format", "json", "."]},
         "lsp-init": {"cwd": one, "args": ["lsp"], "lsp": True},
         "version": {"cwd": one, "args": ["--version"]}}
all_cases = list(cases)
dotnet = ["dotnet", jit + "/contentlint.dll"]
variants = [{"name": "framework-dependent, IL (.NET tool)", "command": dotnet, "cases": all_cases},
            {"name": "framework-dependent, R2R (Release build)", "command": ["dotnet", r2r + "/contentlint.dll"], "cases": all_cases}]
for knob, value, label in [("DOTNET_TieredCompilation", "0", "TieredCompilation=0"),
                           ("DOTNET_TC_QuickJitForLoops", "0", "TC_QuickJitForLoops=0"),
                           ("DOTNET_TieredPGO", "1", "TieredPGO=1"),
                           ("DOTNET_ReadyToRun", "0", "ReadyToRun=0 (framework JIT too)")]:
    variants.append({"name": "  + " + label, "command": dotnet, "env": {knob: value}, "cases": all_cases})
for name, label in [("r2r", "single file, R2R (tool)"), ("composite", "single file, R2R composite"), ("jit", "single file, no R2R (tool)")]:
    variants.append({"name": label, "command": [f"{single}/{name}/linux-x64/contentlint"], "cases": all_cases})
variants.append({"name": "single file, R2R, TC=0", "command": [f"{single}/r2r/linux-x64/contentlint"],
                 "env": {"DOTNET_TieredCompilation": "0"}, "cases": ["check-1", "lsp-init"]})
variants.append({"name": "markdownlint-cli2", "command": [markdownlint], "args": ["posts/**/*.md"], "cases": ["check-1"]})
json.dump({"cases": cases, "variants": variants}, sys.stdout)
PY
python3 "$here/measure.py" "$work/plan.json" 1 > /dev/null   # untimed: warm file cache and script cache
python3 "$here/measure.py" "$work/plan.json" "${STARTUP_ROUNDS:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
