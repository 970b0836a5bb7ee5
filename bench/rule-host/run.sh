#!/usr/bin/env bash
# Benchmark (not a test): what running user script rules in the rule host process costs. Builds the CLI
# (Release) twice — BEFORE (default 8bb5def, scripts in-process) and this checkout (scripts in the rule
# host) — then checks the same real posts (../shared/corpus, default 2,000, one Markdown file each) with
# 10 user script rules (docs/examples/scripts, each also copied under other IDs), alternating the two
# builds RUNS times, and prints the median wall and CPU time of each and the throughput ratio.
# Both builds use one warm script cache each (a first untimed run fills it), so compilation is not timed.
# Each build also runs with --no-scripts, so a regression without scripts does not hide in (or inflate)
# the host's cost: "host cost" compares after with before; "scripts cost" compares each build with itself.
# Usage: run.sh [POSTS] [RUNS] [BEFORE-COMMIT]   (knob: BEFORE_R2R=0, see below)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
posts="${1:-2000}"
runs="${2:-5}"
before="${3:-8bb5def}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src-before" "$work/src-after" "$work/repo/posts" "$work/repo/rules"
git -C "$root" archive "$before" | tar -xf - -C "$work/src-before"
# ReadyToRun came after the rule host (issue 11): with BEFORE_R2R=1 (the default), BEFORE gets this
# checkout's ReadyToRun targets too, so the comparison is of the host, not of precompilation.
# BEFORE_R2R=0 compares with BEFORE exactly as it was.
if [ "${BEFORE_R2R:-1}" = 1 ] && [ ! -e "$work/src-before/build/ReadyToRun.targets" ]; then
  mkdir -p "$work/src-before/build"
  cp "$root/build/ReadyToRun.targets" "$work/src-before/build/"
  sed -i 's#^</Project>#  <Import Project="..\\..\\build\\ReadyToRun.targets" />\n</Project>#' "$work/src-before/src/ContentLint.Cli/ContentLint.Cli.csproj"
fi
git -C "$root" ls-files -z | (cd "$root" && tar --null -T - -cf -) | tar -xf - -C "$work/src-after"
for build in before after; do
  dotnet build "$work/src-$build/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -o "$work/$build" >&2
done
# Ten script rules: the three examples, and copies of them under other IDs and names.
i=0
for copy in 0 1 2 3; do
  for script in "$root"/docs/examples/scripts/*.csx; do
    [ "$i" -lt 10 ] || break
    id="BENCH$(printf '%03d' "$i")"
    sed -e "s/^id: .*/id: $id/" -e "s/^name: .*/name: bench-rule-$i/" "$script" > "$work/repo/rules/$id.csx"
    i=$((i + 1))
  done
done
printf 'rules: [rules]\nscripts: {budgetMs: 1000}\n' > "$work/repo/contentlint.yaml"
cat "$root"/../shared/corpus/*.jsonl | awk -v n="$posts" 'NR <= n' | python3 -c '
import json, sys, os
out = sys.argv[1]
for i, line in enumerate(sys.stdin):
    post = json.loads(line)
    with open(os.path.join(out, f"p{i:05d}.md"), "w", encoding="utf-8") as f:
        f.write("---\nchannel: linkedin\nlang: %s\n---\n%s\n" % (post.get("lang") or "en", post["text"]))
' "$work/repo/posts"
echo "script rules: $(ls "$work/repo/rules" | wc -l), posts: $(ls "$work/repo/posts" | wc -l)" >&2
check() { # build [extra option] → "wall cpu"
  set +e
  (cd "$work/repo" && CONTENTLINT_CACHE_DIR="$work/cache-$1" /usr/bin/time -f '%e %U %S' -o "$work/time" dotnet "$work/$1/contentlint.dll" check --format json ${2:-} . > "$work/out-$1${2:+-no-scripts}.json")
  code=$?
  set -e
  [ "$code" -le 1 ] || { echo "$1: exit $code" >&2; exit 1; }
  read -r wall user sys < <(tail -1 "$work/time")
  echo "$wall $(echo "$user + $sys" | bc)"
}
check before > /dev/null; check after > /dev/null
declare -A walls cpus
for _ in $(seq "$runs"); do
  for build in before after; do
    read -r wall cpu < <(check "$build")
    walls[$build]+="$wall "; cpus[$build]+="$cpu "
    read -r wall cpu < <(check "$build" --no-scripts)
    walls[$build-no-scripts]+="$wall "; cpus[$build-no-scripts]+="$cpu "
  done
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { printf '%s\n' $1 | sort -n | sed -n "$(( ($(echo $1 | wc -w) + 1) / 2 ))p"; }
findings() { grep -o '"ruleId"' "$work/out-$1.json" | wc -l; }
printf '%-18s %8s %8s %9s\n' build "wall s" "cpu s" findings
for build in before before-no-scripts after after-no-scripts; do
  printf '%-18s %8s %8s %9d\n' "$build" "$(median "${walls[$build]}")" "$(median "${cpus[$build]}")" "$(findings "$build")"
done
b="$(median "${walls[before]}")"; a="$(median "${walls[after]}")"
# scale 4 before rounding: with scale=1, bc truncated the ratio itself (2.17 / 2.56 -> .8, a "20.0 %" cost for 18 %).
echo "throughput after/before: $(echo "scale=3; $b / $a" | bc) (host cost: wall time $(printf '%+.1f' "$(echo "scale=4; ($a / $b - 1) * 100" | bc)") %, throughput $(printf '%+.1f' "$(echo "scale=4; ($b / $a - 1) * 100" | bc)") %)"
for build in before after; do
  n="$(median "${walls[$build-no-scripts]}")"; w="$(median "${walls[$build]}")"
  echo "$build: throughput with scripts / without: $(echo "scale=3; $n / $w" | bc) (wall), $(echo "scale=3; $(median "${cpus[$build-no-scripts]}") / $(median "${cpus[$build]}")" | bc) (cpu)"
done
