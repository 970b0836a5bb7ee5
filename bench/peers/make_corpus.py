#!/usr/bin/env python3
"""Builds the corpora of bench/peers/run.sh from the development corpus (deterministic, never random).

usage: make_corpus.py CORPUS_DIR OUT_DIR KIND POSTS
  KIND markdown: POSTS Markdown files of one post each (bench/parity/gen_corpus.py, every post a file);
  KIND calendar: POSTS posts in calendars of 1,000 posts (100 files for 100,000), with the fields,
  suppressions and threads of gen_corpus.py. The corpus holds about 15,000 usable posts, so past
  10,000 the same 10,000 texts come round again, each round with new ids and later publish dates.
Both write gen_corpus.py's contentlint.yaml (the policy), plus peers.json: the term list and banned
words of that policy, for textlint's equivalent rules.
"""
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "parity"))
import gen_corpus  # noqa: E402  (beside this script's sibling folder, not a package)

DISTINCT = 10_000
PER_CALENDAR = 1_000
# The policy's terminology and banned words (gen_corpus.CONFIG), as textlint-rule-terminology and
# textlint-rule-ng-word take them; a test of run.sh's output would not catch a drift, so keep in step.
TERMS = [["e-mail", "courriel"], ["mail", "courriel"], ["bug", "bogue"], ["log on", "log in"]]
BANNED = ["gratuit", "moins cher", "cheap", "guarantee", "merde", "putain", "sorry",
          "Aurora", "Netflix", "Freebox Delta", "Pfizer", "Barclays"]


def calendar(corpus_dir, out_dir, posts):
    records = gen_corpus.pick_records(corpus_dir, min(posts, DISTINCT))
    os.makedirs(os.path.join(out_dir, "calendar"), exist_ok=True)
    for start in range(0, posts, PER_CALENDAR):
        entries = []
        for i in range(start, min(start + PER_CALENDAR, posts)):
            _, record = records[i % len(records)]
            entries.append(gen_corpus.calendar_entry(i, gen_corpus.post_fields(i, record), record["text"]))
        gen_corpus.write(os.path.join(out_dir, "calendar", f"c{start // PER_CALENDAR:04d}.posts.yaml"),
                         "posts:\n" + "".join(entries))


def main():
    if len(sys.argv) != 5 or sys.argv[3] not in ("markdown", "calendar"):
        sys.exit(__doc__)
    corpus_dir, out_dir, kind, posts = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    if kind == "markdown":
        sys.argv = [sys.argv[0], corpus_dir, out_dir, "--posts", str(posts), "--markdown-every", "1"]
        gen_corpus.main()
    else:
        gen_corpus.write(os.path.join(out_dir, "contentlint.yaml"), gen_corpus.CONFIG)
        calendar(corpus_dir, out_dir, posts)
    gen_corpus.write(os.path.join(out_dir, "peers.json"), json.dumps({"terms": TERMS, "banned": BANNED}))


if __name__ == "__main__":
    main()
