#!/usr/bin/env bash
# Findings per 1,000 real posts, per rule, English and French apart, over the brand posts of ../shared/corpus
# (or the .jsonl files given). `tools/noise.sh --sample CL4004,CL5001` also prints 20 findings of each rule,
# drawn with a fixed seed, for a reviewer to judge (tools/noise-review.md holds the last review).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/ContentLint.Cli -warnaserror -v q -nologo > /dev/null
files=()
for arg in "$@"; do [[ "$arg" == *.jsonl ]] && files+=("$arg"); done
if [ ${#files[@]} -eq 0 ]; then set -- "$@" ../shared/corpus/real-{brand-promo,support-dialogue,support-dialogue-twcs,fr,fr-hostile}.jsonl; fi
exec node tools/noise/noise.mjs "$@"
