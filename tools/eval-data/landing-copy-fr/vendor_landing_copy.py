"""Writes landing-copy-fr-tuning.jsonl: French sentences of permissively licensed products' landing pages, a TUNING set.

Usage: python3 vendor_landing_copy.py <list file>   (one line per repository: owner/name, commit, path of a git
directory holding that commit; repositories.tsv gives the repositories and commits examined, see README.md)
A product's home page written by its maker to win users (hero, features, call to action), kept as an i18n file
`landing.json` under `public/locales/fr/`, `public/locales/fr-FR/`, `src/locales/fr/`, `src/i18n/locales/fr/` or
`locales/fr/` (the first that exists, in that order). Its rows are the file's strings that are sentences, not
buttons or headings:
- every string of the JSON in file order, HTML tags removed, white space collapsed;
- at least MIN_WORDS words; French by the held-out set's rule; duplicates dropped;
- at most PER_REPO rows per repository, those with the smallest SHA-256 of the text (no page fills the set).
The licence, language and clear-promotion rules are the held-out set's (`../app-store-promo-fr/vendor_app_store.py`,
imported). Never a held-out source nor a repository of an earlier French tuning set: a repository listed in any of the
four sets' repositories.tsv, or by an owner listed there, is skipped before anything of it is read. No choice by
content or by how ContentLint reads it; rows ordered by the SHA-256 of the text.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "app-store-promo-fr"))
sys.path.insert(0, os.path.join(HERE, "..", "store-pitch-fr"))
from vendor_app_store import CLEAR, git, is_french, licence  # noqa: E402  (the held-out set's rules)
from vendor_store_pitch import listed  # noqa: E402

SETS = ("app-store-promo-fr", "store-listing-fr", "store-pitch-fr", "store-copy-fr")
PATHS = ["public/locales/fr/landing.json", "public/locales/fr-FR/landing.json", "src/locales/fr/landing.json",
         "src/i18n/locales/fr/landing.json", "locales/fr/landing.json"]
MIN_WORDS = 6
PER_REPO = 8
TAG = re.compile(r"<[^>]+>")


def strings(node):
    """Every string of a parsed JSON document, in file order."""
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)


def sentences(document):
    for raw in strings(document):
        text = " ".join(TAG.sub(" ", raw).split())
        if len(text.split()) >= MIN_WORDS and is_french(text):
            yield text


def main():
    repos, owners = listed(SETS)
    rows = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        repo, commit, directory = line.split()
        if repo in repos or repo.split("/")[0] in owners:
            continue
        found = licence(directory, commit)
        if found is None:
            continue
        spdx, licence_text = found
        present = set(git(directory, "ls-tree", "-r", "--name-only", commit).decode().splitlines())
        path = next((p for p in PATHS if p in present), None)
        if path is None:
            continue
        document = json.loads(git(directory, "show", f"{commit}:{path}").decode("utf-8-sig", "replace"))
        mine = [t for t in dict.fromkeys(sentences(document)) if t not in rows]
        for text in sorted(mine, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())[:PER_REPO]:
            rows[text] = {"repo": repo, "commit": commit, "path": path, "licence": spdx}
        if mine:
            # The licences ask that their notice travel with the text: one copy per repository used.
            os.makedirs("licences", exist_ok=True)
            with open(os.path.join("licences", repo.replace("/", "+") + ".txt"), "w", encoding="utf-8") as notice:
                notice.write(licence_text)

    with open("landing-copy-fr-tuning.jsonl", "w", encoding="utf-8") as out:
        for text in sorted(rows, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()):
            key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
            row = {"id": f"landing-fr:{key}", "text": text, "lang": "fr", "label": "promo", "source_label": "landing",
                   "clear": bool(CLEAR.search(text)), **rows[text]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
