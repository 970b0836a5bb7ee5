#!/usr/bin/env bash
# Benchmark (not a test): two builds of ContentLint side by side in one run, interleaved, to show that a
# change costs no more than 10 % (issue 11, acceptance 3). usage: run.sh BEFORE_REPO AFTER_REPO
# Builds each repository's CLI in Release into its own folder, then for each round, BEFORE then AFTER:
#   batch     `check` on 10,000 real posts in calendars (bench/parity/gen_corpus.py): posts/s and CPU seconds;
#   one file  `check` on one small Markdown post, warm (one untimed run, then 10 timed): wall and CPU time;
#   typing    the language server's didChange → publishDiagnostics p95 once warm (bench/lsp-typing, no script rules).
# Prints the median over the rounds per side, AFTER/BEFORE, and flags what is more than 10 % worse, with the
# spread of BEFORE's own measures: when that spread is over 10 % the machine is too busy for a wall-time flag
# to mean anything (CPU times vary far less with load).
# Knobs: PACK_ROUNDS (3), PACK_POSTS (10000), PACK_ONE_FILE_RUNS (10), PACK_LSP_TYPED (200),
# PACK_LSP_EDITS (300 edits between the early and the warm measure), PACK_LSP_WARMUP (100).
# Exit 0, or 1 when something is more than 10 % worse. On a busy machine the builds take most of the time;
# the measures are interleaved (BEFORE, AFTER, BEFORE, …) so that load drifts hit both sides alike.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 BEFORE_REPO AFTER_REPO" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
before="$(cd "$1" && pwd)" after="$(cd "$2" && pwd)"
. "$here/corpus.sh"
rounds="${PACK_ROUNDS:-3}" posts="${PACK_POSTS:-10000}" one_file_runs="${PACK_ONE_FILE_RUNS:-10}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

for side in before after; do
  repo="$before"; [ "$side" = after ] && repo="$after"
  mkdir -p "$work/cache-$side"
  if [ "$side" = after ] && [ "$after" = "$before" ]; then
    cp -r "$work/before" "$work/after"   # the same sources: one build, each side still in its own folder
    continue
  fi
  echo "building $side: $repo ($(git -C "$repo" log -1 --format=%h 2>/dev/null || echo 'not git'))" >&2
  dotnet build "$repo/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -o "$work/$side" > "$work/build.log" \
    || { cat "$work/build.log" >&2; exit 1; }
done
dotnet build "$here/../lsp-typing" -c Release -warnaserror -v quiet -nologo -o "$work/lsp-typing" > "$work/build.log" \
  || { cat "$work/build.log" >&2; exit 1; }
python3 "$here/../parity/gen_corpus.py" "$corpus_src" "$work/batch" --posts "$posts" --markdown-every 0
mkdir -p "$work/one/posts"   # the configuration checks posts/**/*.md: a post at the root would be no file at all
cp "$work/batch/contentlint.yaml" "$work/one/"
cat > "$work/one/posts/2026-12-05-soldes.md" <<'EOF'
---
channel: linkedin
persona: marque
type: promo
lang: fr
publish_at: 2026-12-05T09:00:00+01:00
---
Les soldes d'hiver commencent vendredi : -20 % sur toute la boutique avec le code HIVER26 !
Livraison offerte dès 50 €, retours gratuits jusqu'au 31 janvier. Une question ? Écrivez-nous.
EOF

results="$work/results.tsv"
: > "$results"
run_check() {  # side, folder, then prints "wall user sys" of `contentlint check --format json .`
  (cd "$2" && CONTENTLINT_CACHE_DIR="$work/cache-$1" /usr/bin/time -f '%e %U %S' -o "$work/time" \
     dotnet "$work/$1/contentlint.dll" check --format json . > "$work/out.json" 2> "$work/stderr") || [ $? -eq 1 ] \
    || { echo "$1: check failed: $(cat "$work/stderr")" >&2; exit 1; }
  tail -1 "$work/time"
}
for round in $(seq 1 "$rounds"); do
  for side in before after; do
    read -r wall user sys < <(run_check "$side" "$work/batch")
    findings=$(grep -o '"ruleId"' "$work/out.json" | wc -l)
    printf '%s\tbatch posts/s (wall)\t%s\n%s\tbatch CPU s (user+sys)\t%s\n' \
      "$side" "$(echo "scale=1; $posts / $wall" | bc)" "$side" "$(echo "$user + $sys" | bc)" >> "$results"
    run_check "$side" "$work/one" > /dev/null
    grep -Eq '"files": ?1([^0-9]|$)' "$work/out.json" || { echo "$side: the one-file check did not check exactly one file" >&2; exit 1; }
    for _ in $(seq 1 "$one_file_runs"); do
      start=$EPOCHREALTIME
      read -r _ user sys < <(run_check "$side" "$work/one")
      printf '%s\tone file wall ms\t%s\n%s\tone file CPU ms\t%s\n' "$side" "$(echo "($EPOCHREALTIME - $start) * 1000" | bc)" \
        "$side" "$(echo "($user + $sys) * 1000" | bc)" >> "$results"
    done
    repo="$before"; [ "$side" = after ] && repo="$after"
    dotnet "$work/lsp-typing/LspTyping.dll" "$work/$side/contentlint.dll" "$repo" "${PACK_LSP_TYPED:-200}" \
      "${PACK_LSP_EDITS:-300}" 0 0 "${PACK_LSP_WARMUP:-100}" > "$work/lsp.txt"
    p95=$(grep -E '^  after [0-9]+ edits:' "$work/lsp.txt" | tail -1 | sed -E 's/.* p95 ([0-9.]+) ms.*/\1/')
    server=$(grep -E 'of which checking in the server' "$work/lsp.txt" | tail -1 | sed -E 's/.* p95 ([0-9.]+) ms.*/\1/')
    printf '%s\ttyping p95 ms (warm)\t%s\n%s\ttyping p95 ms, server check\t%s\n' "$side" "$p95" "$side" "${server:-nan}" >> "$results"
    echo "round $round $side: batch ${wall}s wall ($findings findings), typing p95 ${p95} ms ($((SECONDS - started)) s so far)" >&2
  done
done
python3 "$here/table.py" "$results" "$rounds"
