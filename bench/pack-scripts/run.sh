#!/usr/bin/env bash
# Benchmark (not a test): what the shipped pack's scripts cost when compiled as trusted code versus with
# the sandbox's checkpoints and regex timeouts. Builds the CLI twice (Release) from a copy of this
# checkout whose rules/ also holds a fixture pack (docs/examples/scripts and fixtures/*.csx here) plus
# whatever rules/**/*.csx exist, then checks the same real posts (../shared/corpus, default 4,000, one
# Markdown file each) with each build, RUNS times, and prints the median wall and CPU time.
# Usage: run.sh [POSTS] [RUNS]; CONTENTLINT_BENCH_NO_FIXTURES=1 benchmarks rules/ alone (a converted pack).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
posts="${1:-4000}"
runs="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src" "$work/posts"
git -C "$root" ls-files -z | (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$work/src"
if [ -z "${CONTENTLINT_BENCH_NO_FIXTURES:-}" ]; then
  mkdir -p "$work/src/rules/bench-fixture"
  cp "$root"/docs/examples/scripts/*.csx "$here"/fixtures/*.csx "$work/src/rules/bench-fixture/"
fi
# One post per file, front matter with a channel and the language, from the corpus in a fixed order.
cat "$root"/../shared/corpus/*.jsonl | awk -v n="$posts" 'NR <= n' | python3 -c '
import json, sys, os
out = sys.argv[1]
for i, line in enumerate(sys.stdin):
    post = json.loads(line)
    with open(os.path.join(out, f"p{i:05d}.md"), "w", encoding="utf-8") as f:
        f.write("---\nchannel: linkedin\nlang: %s\n---\n%s\n" % (post.get("lang") or "en", post["text"]))
' "$work/posts"
echo "pack scripts: $(find "$work/src/rules" -name '*.csx' | wc -l)" >&2
for mode in trusted sandboxed; do
  trusted=$([ "$mode" = trusted ] && echo true || echo false)
  dotnet build "$work/src/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -p:PackScriptsTrusted="$trusted" -o "$work/$mode" >&2
done
printf '%-10s %8s %8s %9s  %s\n' mode "wall s" "cpu s" findings "by rule (scripts, and CL0034: a sandboxed script over its budget)"
for mode in trusted sandboxed; do
  walls=(); cpus=()
  for _ in $(seq "$runs"); do
    set +e
    CONTENTLINT_CACHE_DIR="$work/cache" /usr/bin/time -f '%e %U %S' -o "$work/time" dotnet "$work/$mode/contentlint.dll" check --format json "$work/posts" > "$work/out.json"
    code=$?
    set -e
    [ "$code" -le 1 ] || { echo "$mode: exit $code" >&2; exit 1; }
    read -r wall user sys < <(tail -1 "$work/time")
    walls+=("$wall"); cpus+=("$(echo "$user + $sys" | bc)")
  done
  median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }
  byrule=$(grep -oE '"ruleId": "(ACME|BENCH)[0-9]+"|"ruleId": "CL0034"' "$work/out.json" | sort | uniq -c | awk '{print $3 "=" $1}' | tr -d '"' | tr '\n' ' ')
  printf '%-10s %8s %8s %9d  %s\n' "$mode" "$(median "${walls[@]}")" "$(median "${cpus[@]}")" "$(grep -o '"ruleId"' "$work/out.json" | wc -l)" "$byrule"
done
