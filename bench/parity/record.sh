#!/usr/bin/env bash
# Records the findings of a build, to diff with bench/parity/diff.sh (not a test).
# usage: record.sh OUTDIR [REPO_DIR]   (REPO_DIR: default the repository holding this script)
# Builds REPO_DIR's CLI in Release into a private folder, writes a deterministic corpus of 5,000 real posts
# (bench/parity/gen_corpus.py over ../shared/corpus, or $CONTENTLINT_CORPUS), and runs `contentlint check`
# on REPO_DIR/examples and on that corpus. Writes to OUTDIR, per format in $FORMATS (default "json sarif"):
# examples.txt/corpus.txt (json) and examples.sarif.txt/corpus.sarif.txt: one sorted line per finding;
# raw/: the reports as written (SARIF's absolute %SRCROOT% replaced), for a byte-for-byte comparison;
# exit-codes.txt (exit code and stderr of each run) and corpus.sha256 (the corpus the findings are about).
# PARITY_BUILD=DIR uses a Release build of REPO_DIR's CLI in DIR instead of building one.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 OUTDIR [REPO_DIR]" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
out="$(mkdir -p "$1" && cd "$1" && pwd)"
repo="$(cd "${2:-$here/../..}" && pwd)"
corpus_src="${CONTENTLINT_CORPUS:-$(cd "$here/../../.." && pwd)/shared/corpus}"
[ -f "$corpus_src/real-fr.jsonl" ] || { echo "no corpus at $corpus_src (set CONTENTLINT_CORPUS)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ -n "${PARITY_BUILD:-}" ]; then  # a Release build of REPO_DIR's CLI already made: skip the build
  ln -s "$(cd "$PARITY_BUILD" && pwd)" "$work/build"
else
  echo "building $repo (Release) into a private folder" >&2
  dotnet build "$repo/src/ContentLint.Cli" -c Release -warnaserror -v quiet -nologo -o "$work/build" >&2
fi
python3 "$here/gen_corpus.py" "$corpus_src" "$work/corpus" --posts "${PARITY_POSTS:-5000}"
(cd "$work/corpus" && find . -type f | LC_ALL=C sort | xargs sha256sum) > "$out/corpus.sha256"
echo "corpus $(sha256sum < "$out/corpus.sha256" | cut -c1-16): $(grep -c . "$out/corpus.sha256") files" >&2

export CONTENTLINT_CACHE_DIR="$work/script-cache" NO_COLOR=1
rm -rf "$out/raw" && mkdir -p "$out/raw"
: > "$out/exit-codes.txt"
for format in ${FORMATS:-json sarif}; do
  suffix=$([ "$format" = json ] && echo "" || echo ".$format")
  for target in examples corpus; do
    if [ "$target" = examples ]; then dir="$repo"; arg=examples; else dir="$work/corpus"; arg=.; fi
    set +e
    (cd "$dir" && dotnet "$work/build/contentlint.dll" check --format "$format" "$arg") \
      > "$work/report" 2> "$work/stderr"
    code=$?
    set -e
    echo "$target $format exit=$code stderr=$(wc -l < "$work/stderr") lines $(head -c 300 "$work/stderr" | tr '\n' ' ')" >> "$out/exit-codes.txt"
    [ "$code" -le 1 ] || { echo "$target $format: exit $code: $(cat "$work/stderr")" >&2; exit 1; }
    python3 "$here/normalize.py" "$format" < "$work/report" > "$out/$target$suffix.txt"
    sed "s#\"file://$dir/\"#\"file://%SRCROOT%/\"#" "$work/report" > "$out/raw/$target.$format"
    echo "$target $format: exit $code, $(grep -vc '^#' "$out/$target$suffix.txt") findings" >&2
  done
done
{ git -C "$repo" log -1 --format='%H %s' && echo "uncommitted changes: $(git -C "$repo" status --porcelain | wc -l) paths"; } \
  > "$out/commit.txt" 2>/dev/null || echo "not a git repository" > "$out/commit.txt"
