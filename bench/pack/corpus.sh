# Sourced by bench/pack's scripts (after setting $here to bench/pack): $corpus_src, the development corpus
# (CONTENTLINT_CORPUS, else ../shared/corpus beside the repository); stops the script when it is not there.
corpus_src="${CONTENTLINT_CORPUS:-$(cd "$here/../../.." && pwd)/shared/corpus}"
[ -f "$corpus_src/real-fr.jsonl" ] || { echo "no corpus at $corpus_src (set CONTENTLINT_CORPUS)" >&2; exit 2; }
