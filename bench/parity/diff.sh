#!/usr/bin/env bash
# Compares two recordings of bench/parity/record.sh (not a test).
# usage: diff.sh BASE_DIR NEW_DIR
# Per findings file: the findings removed (-) and added (+) per rule, then the first 20 differing lines;
# then exit codes, and the raw reports byte for byte (a difference there alone is a formatting change).
# Exit 0 when everything is identical, 1 when anything differs, 2 on bad arguments or different corpora.
set -euo pipefail
[ $# -eq 2 ] && [ -d "$1" ] && [ -d "$2" ] || { echo "usage: $0 BASE_DIR NEW_DIR" >&2; exit 2; }
base="$1" new="$2"
if ! cmp -s "$base/corpus.sha256" "$new/corpus.sha256"; then
  echo "the two recordings were made on different corpora (corpus.sha256 differs): not comparable" >&2
  exit 2
fi
different=0
for file in examples.txt corpus.txt examples.sarif.txt corpus.sarif.txt; do
  [ -f "$base/$file" ] || [ -f "$new/$file" ] || continue
  if [ ! -f "$base/$file" ] || [ ! -f "$new/$file" ]; then
    echo "$file: recorded on one side only"; different=1; continue
  fi
  changes="$(diff <(LC_ALL=C sort "$base/$file") <(LC_ALL=C sort "$new/$file") | grep '^[<>]' || true)"
  if [ -z "$changes" ]; then
    echo "$file: identical ($(grep -vc '^#' "$base/$file") findings)"
    continue
  fi
  different=1
  echo "$file: DIFFERENT — per rule, removed (-) and added (+):"
  printf '%s\n' "$changes" | awk '{ sign = ($1 == "<") ? "-" : "+"; rule = $2; if (rule == "#") rule = "# " $3;
    count[rule, sign]++; rules[rule] = 1 }
    END { for (r in rules) printf "  %-22s -%-6d +%d\n", r, count[r, "-"], count[r, "+"] }' | LC_ALL=C sort
  echo "  first 20 differing lines (< base, > new):"
  printf '%s\n' "$changes" | head -20 | cut -c1-400 | sed 's/^/  /'
done
if ! cmp -s "$base/exit-codes.txt" "$new/exit-codes.txt"; then
  different=1
  echo "exit codes differ:"; diff "$base/exit-codes.txt" "$new/exit-codes.txt" | sed 's/^/  /' || true
fi
for raw in "$base"/raw/*; do
  name="raw/$(basename "$raw")"
  if [ ! -f "$new/$name" ]; then continue; fi
  if cmp -s "$raw" "$new/$name"; then echo "$name: byte-identical"; else different=1; echo "$name: bytes DIFFER ($(cmp "$raw" "$new/$name" 2>&1 | head -1))"; fi
done
[ "$different" -eq 0 ] && echo "no difference" || echo "DIFFERENT"
exit "$different"
