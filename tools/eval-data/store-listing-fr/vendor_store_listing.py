"""Writes store-listing-fr-tuning.jsonl: French store-listing copy of permissively licensed apps, a TUNING set.

Usage: python3 vendor_store_listing.py <list file>   (one line per repository: owner/name, commit, path of a git
directory holding that commit; repositories.tsv gives the repositories and commits examined, see README.md)
Reads each repository at that commit and keeps, for the first French locale that has it (fr-FR, then fr, then fr-CA):
- the short pitches: Google Play's `short_description.txt` (80 characters) and the App Store's `promotional_text.txt`;
- the opening of the long description: the first paragraph of `full_description.txt` (Google Play) or
  `description.txt` (App Store), HTML tags removed;
all written by the app's maker to sell the app. The licence, language and clear-promotion rules are those of the
held-out set (`../app-store-promo-fr/vendor_app_store.py`), so the two are read the same way. Never a held-out
source: a repository listed in `../app-store-promo-fr/repositories.tsv`, by an owner listed there, or in EXCLUDED
(forks of a held-out repository: same history, same copy) is skipped before anything of it is read.
No choice by content or by how ContentLint reads it; rows ordered by the SHA-256 of the text.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "app-store-promo-fr"))
from vendor_app_store import CLEAR, LOCALE_ORDER, git, is_french, licence  # noqa: E402  (the held-out set's rules)

# A fork found by sharing its root commit with a held-out repository (checked when the list was made, see README.md).
EXCLUDED = {"BitilWallet/BitilWallet"}  # fork of BlueWallet/BlueWallet
SHORT = re.compile(r"(?:^|/)metadata/(?:android/|ios/)?(fr(?:-FR|-CA)?)/(short_description|promotional_text)\.txt$")
LONG = re.compile(r"(?:^|/)metadata/(?:android/|ios/)?(fr(?:-FR|-CA)?)/(full_description|description)\.txt$")
TAG = re.compile(r"<[^>]+>")


def held_out():
    """The held-out repositories and their owners, from the held-out set's list (names only: its texts are not read)."""
    with open(os.path.join(HERE, "..", "app-store-promo-fr", "repositories.tsv"), encoding="utf-8") as listed:
        repos = {line.split("\t")[0] for line in listed if line.strip()}
    return repos, {r.split("/")[0] for r in repos}


def first_paragraph(text):
    """The first non-empty paragraph (text up to a blank line), tags removed, white space collapsed."""
    for paragraph in re.split(r"\n\s*\n", TAG.sub(" ", text.replace("<br>", "\n").replace("<br/>", "\n"))):
        if paragraph.strip():
            return " ".join(paragraph.split())
    return ""


def pick(paths, pattern):
    """The first path of each kind the pattern names, by locale order then path."""
    chosen = {}
    for path in sorted((p for p in paths if pattern.search(p)), key=lambda p: (LOCALE_ORDER[pattern.search(p).group(1)], p)):
        chosen.setdefault(pattern.search(path).group(2), path)
    return chosen.values()


def main():
    repos, owners = held_out()
    rows = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        repo, commit, directory = line.split()
        if repo in repos or repo.split("/")[0] in owners or repo in EXCLUDED:
            continue
        found = licence(directory, commit)
        if found is None:
            continue
        spdx, licence_text = found
        paths = git(directory, "ls-tree", "-r", "--name-only", commit).decode().splitlines()
        texts = [(p, " ".join(git(directory, "show", f"{commit}:{p}").decode("utf-8", "replace").split())) for p in pick(paths, SHORT)]
        texts += [(p, first_paragraph(git(directory, "show", f"{commit}:{p}").decode("utf-8", "replace"))) for p in pick(paths, LONG)]
        for path, text in texts:
            if text and is_french(text) and text not in rows:
                rows[text] = {"repo": repo, "commit": commit, "path": path, "licence": spdx}
                # The licences ask that their notice travel with the text: one copy per repository used.
                os.makedirs("licences", exist_ok=True)
                with open(os.path.join("licences", repo.replace("/", "+") + ".txt"), "w", encoding="utf-8") as notice:
                    notice.write(licence_text)

    with open("store-listing-fr-tuning.jsonl", "w", encoding="utf-8") as out:
        for text in sorted(rows, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()):
            key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
            row = {"id": f"storelisting-fr:{key}", "text": text, "lang": "fr", "label": "promo",
                   "source_label": os.path.basename(rows[text]["path"])[:-4], "clear": bool(CLEAR.search(text)), **rows[text]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
