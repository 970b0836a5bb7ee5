#!/usr/bin/env bash
# Benchmark (not a test): ContentLint beside its peers, whole processes, in one run (issue 15, acceptance 1).
# usage: run.sh [--skip-million]
# Builds ContentLint's CLI (Release) and the YamlDotNet-only parse floor (bench/peers/YamlFloor), installs
# the peers with npm (bench/peers/package.json), builds the corpora from ../shared/corpus
# ($CONTENTLINT_CORPUS overrides) with make_corpus.py, then for each of PEERS_ROUNDS rounds (3) runs, size
# after size and tool after tool (interleaved: load drifts hit every tool alike):
#   md-1, md-10k          ContentLint `check`, textlint (terminology + ng-word with the policy's term list
#                         and banned words), markdownlint-cli2 (its default rules)
#   cal-10k/100k/1m       ContentLint `check` and the floor (YamlDotNet's parser over the same calendars)
# and prints per size and tool: min and median wall, median CPU (user+sys), median peak RSS (/usr/bin/time),
# posts/s on the median wall, and each peer's median over ContentLint's (> 1: ContentLint is faster/smaller).
# --skip-million (or PEERS_SKIP_MILLION=1) leaves out the 1,000,000-post size; PEERS_SIZES picks sizes
# by name (e.g. "md-1 cal-100k"); PEERS_CONTENTLINT=DIR measures the build in DIR instead of building. Exit 0, or 1 when a tool fails (exit code over 1) or finds no post.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus_src="${CONTENTLINT_CORPUS:-$(cd "$repo/.." && pwd)/shared/corpus}"
[ -f "$corpus_src/real-fr.jsonl" ] || { echo "no corpus at $corpus_src (set CONTENTLINT_CORPUS)" >&2; exit 2; }
skip_million="${PEERS_SKIP_MILLION:-0}"
[ "${1:-}" = "--skip-million" ] && skip_million=1
sizes="${PEERS_SIZES:-md-1 md-10k cal-10k cal-100k cal-1m}"
[ "$skip_million" = 1 ] && sizes="${sizes//cal-1m/}"
rounds="${PEERS_ROUNDS:-3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
cl="$work/contentlint"
if [ -n "${PEERS_CONTENTLINT:-}" ]; then  # a folder holding a Release build of contentlint.dll, to skip the build
  cl="$(cd "$PEERS_CONTENTLINT" && pwd)"
  echo "ContentLint: the build in $cl" >&2
else
  echo "building ContentLint ($(git -C "$repo" log -1 --format=%h 2>/dev/null || echo 'not git'))" >&2
  dotnet build "$repo/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -o "$cl" > "$work/build.log" \
    || { cat "$work/build.log" >&2; exit 1; }
fi
echo "building the floor" >&2
dotnet build "$here/YamlFloor" -c Release -warnaserror -v quiet -nologo -o "$work/floor" > "$work/build.log" \
  || { cat "$work/build.log" >&2; exit 1; }
(cd "$here" && npm install --no-audit --no-fund --loglevel=error > "$work/npm.log" 2>&1) || { cat "$work/npm.log" >&2; exit 1; }
bin="$here/node_modules/.bin"
echo "peers: textlint $("$bin/textlint" --version), markdownlint-cli2 $("$bin/markdownlint-cli2" --help | head -1 | grep -o 'v[0-9.]*' | head -1)" >&2

posts_of() { case "$1" in md-1) echo 1;; *-10k) echo 10000;; *-100k) echo 100000;; *-1m) echo 1000000;; esac; }
for size in $sizes; do
  kind=calendar; [ "${size%%-*}" = md ] && kind=markdown
  python3 "$here/make_corpus.py" "$corpus_src" "$work/$size" "$kind" "$(posts_of "$size")"
  if [ "$kind" = markdown ]; then  # textlint's equivalent of the policy's terminology and banned words
    python3 - "$work/$size" <<'PY'
import json, sys
lists = json.load(open(sys.argv[1] + "/peers.json"))
rules = {"terminology": {"defaultTerms": False, "terms": lists["terms"]}, "ng-word": {"words": lists["banned"]}}
json.dump({"rules": rules}, open(sys.argv[1] + "/.textlintrc.json", "w"))
PY
  fi
  echo "corpus $size: $(find "$work/$size" -name '*.md' -o -name '*.posts.yaml' | wc -l) files, $(du -sh "$work/$size" | cut -f1)" >&2
done

tools_of() { [ "${1%%-*}" = md ] && echo "contentlint textlint markdownlint-cli2" || echo "contentlint yaml-floor"; }
command_of() {  # tool → the command line, run inside the corpus folder
  case "$1" in
    contentlint) echo "dotnet $cl/contentlint.dll check --format json .";;
    textlint) echo "$bin/textlint --format json posts";;
    markdownlint-cli2) echo "$bin/markdownlint-cli2 posts/**/*.md";;
    yaml-floor) echo "dotnet $work/floor/YamlFloor.dll .";;
  esac
}
results="$work/results.tsv"
: > "$results"
export CONTENTLINT_CACHE_DIR="$work/script-cache" NO_COLOR=1
# Untimed: the first check fills ContentLint's script cache; every tool then starts from a warm file cache.
for tool in contentlint textlint markdownlint-cli2; do
  (cd "$work/${sizes%% *}" && $(command_of "$tool") > /dev/null 2>&1) || true
done
for round in $(seq 1 "$rounds"); do
  for size in $sizes; do
    for tool in $(tools_of "$size"); do
      set +e
      (cd "$work/$size" && /usr/bin/time -f '%e %U %S %M' -o "$work/time" $(command_of "$tool") > "$work/out" 2> "$work/err")
      code=$?
      set -e
      # Linters exit 1 on findings; the floor exits 1 when it saw no post.
      [ "$code" -eq 0 ] || { [ "$code" -eq 1 ] && [ "$tool" != yaml-floor ]; } || { echo "$tool on $size failed (exit $code): $(tail -5 "$work/err")" >&2; exit 1; }
      read -r wall user sys rss < <(tail -1 "$work/time")
      echo -e "$size\t$tool\t$round\t$wall\t$(echo "$user + $sys" | bc)\t$((rss / 1024))" >> "$results"
      echo "round $round $size $tool: ${wall}s wall, $((rss / 1024)) MB" >&2
    done
  done
done

python3 - "$results" "$sizes" <<'PY'
import statistics, sys
rows = [line.split("\t") for line in open(sys.argv[1]).read().splitlines()]
posts = {"md-1": 1, "md-10k": 10_000, "cal-10k": 10_000, "cal-100k": 100_000, "cal-1m": 1_000_000}
print(f"{'size':9} {'tool':18} {'wall min':>9} {'wall med':>9} {'CPU med':>8} {'RSS MB':>7} {'posts/s':>9}  ratios (tool / ContentLint: wall, CPU, RSS)")
for size in sys.argv[2].split():
    tools = list(dict.fromkeys(r[1] for r in rows if r[0] == size))
    med = {}
    for tool in tools:
        runs = [r for r in rows if r[0] == size and r[1] == tool]
        walls, cpus, rsss = ([float(r[i]) for r in runs] for i in (3, 4, 5))
        med[tool] = (statistics.median(walls), statistics.median(cpus), statistics.median(rsss))
        wall, cpu, rss = med[tool]
        ratio = "" if tool == "contentlint" else "  {:.2f}× {:.2f}× {:.2f}×".format(*(m / c for m, c in zip(med[tool], med["contentlint"])))
        print(f"{size:9} {tool:18} {min(walls):9.2f} {wall:9.2f} {cpu:8.2f} {rss:7.0f} {posts[size] / wall:9.0f}{ratio}")
PY
