#!/usr/bin/env bash
# Benchmark (not a test): `contentlint check` as a whole process on long posts with findings on every line
# (Markdown and calendar, 30 KB / 300 KB / 3 MB), 40,000 suppression comments and 40,000 links (Release build).
# Prints wall and CPU time and peak RSS per file, and the 300 KB / 30 KB ratios (target: at most ~10×).
# Arguments: the inputs to run (default: all), e.g. `run.sh md-30KB md-300KB`. CONTENTLINT_DLL=path/contentlint.dll
# runs another build (a peer checkout, for a side-by-side figure) on the same inputs.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="${CONTENTLINT_DLL:-$root/src/ContentLint.Cli/bin/Release/net10.0/contentlint.dll}"
[ -n "${CONTENTLINT_DLL:-}" ] || dotnet build "$root/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo >&2
dotnet run -c Release --project "$root/bench/ContentLint.Benchmarks" -- --write-long-posts "$work" >&2
inputs=("$@")
[ ${#inputs[@]} -gt 0 ] || inputs=(md-30KB md-300KB md-3MB calendar-30KB calendar-300KB calendar-3MB suppressions-40k links-40k)
declare -A cpu
printf '%-18s %10s %10s %10s %9s\n' input "wall s" "cpu s" "RSS MB" findings
for input in "${inputs[@]}"; do
  file="$(ls "$work" | grep -F "$input." | head -1)"
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" dotnet "$cli" check --format json "$work/$file" > "$work/out.json"
  code=$?
  set -e
  [ "$code" -le 1 ] || { echo "$input: exit $code" >&2; exit 1; }
  read -r wall user sys rss < <(tail -1 "$work/time")  # after "Command exited with non-zero status 1"
  cpu[$input]=$(echo "$user + $sys" | bc)
  findings=$(grep -o '"ruleId"' "$work/out.json" | wc -l)
  printf '%-18s %10s %10s %10d %9d\n' "$input" "$wall" "${cpu[$input]}" $((rss / 1024)) "$findings"
done
for kind in md calendar; do
  if [ -n "${cpu[$kind-30KB]:-}" ] && [ -n "${cpu[$kind-300KB]:-}" ]; then
    echo "$kind: 300 KB / 30 KB CPU = $(echo "scale=1; ${cpu[$kind-300KB]} / ${cpu[$kind-30KB]}" | bc)×"
  fi
done
