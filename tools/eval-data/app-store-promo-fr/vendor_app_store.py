"""Writes app-store-promo-fr.jsonl: the French App Store "promotional text" of permissively licensed apps.

Usage: python3 vendor_app_store.py <list file>   (one line per repository: owner/name, commit, path of a git directory
holding that commit; repositories.tsv gives the repositories and commits examined, see README.md)
Reads each repository at that commit and keeps:
- the file `.../metadata/[ios/]<fr-FR, fr or fr-CA>/promotional_text.txt` (fastlane's name for Apple's "Promotional Text"
  field: the maker's own promotion of the app, shown at the top of its App Store page), one per repository: the
  first French one in that order of locales, then of paths (fr-CA copies are near-duplicates of fr-FR);
- only when the repository's top-level licence file is MIT, Apache-2.0, BSD, 0BSD, ISC, Unlicense or CC0 (LICENCES below),
  so the maker who wrote the text licensed it for redistribution;
- only French text (FRENCH below: more French than English function words, at least two), duplicates dropped.
No choice by content or by how ContentLint reads it. Every row is type `promo`; "clear" (clearly promotional) when
the text invites the reader to act or states an offer (CLEAR below), written before the first measurement.
"""
import hashlib
import json
import os
import re
import subprocess
import sys

LICENCES = [
    ("MIT", re.compile(r"Permission is hereby granted, free of charge")),
    ("Apache-2.0", re.compile(r"Apache License[\s#*,]*Version 2\.0", re.IGNORECASE)),
    ("BSD", re.compile(r"Redistribution and use in source and binary forms")),
    ("0BSD", re.compile(r"BSD Zero Clause License")),
    ("ISC", re.compile(r"Permission to use, copy, modify, and/?or distribute this software for any purpose")),
    ("Unlicense", re.compile(r"This is free and unencumbered software released into the public domain")),
    ("CC0-1.0", re.compile(r"CC0 1\.0 Universal")),
]
LICENCE_FILE = re.compile(r"^(?:licen[cs]e(?:[-_][a-z0-9]+)?|copying|unlicense)(?:\.md|\.txt)?$", re.IGNORECASE)
PROMO_FILE = re.compile(r"(?:^|/)metadata/(?:ios/)?fr(?:-FR|-CA)?/promotional_text\.txt$")
FR_WORDS = set("le la les un une des du de et est avec pour votre vos vous ton tes tu en sans sur dans qui que chaque plus au aux".split())
EN_WORDS = set("the and with for your you of to in on is are all one every more".split())
# An invitation to act (a verb in the imperative opening a sentence: "Essayez", "Téléchargez", "Crée") or an offer
# (a price, a percentage, free of charge, a trial, a one-off purchase).
CLEAR = re.compile(
    r"(?:^|[.!?:—]\s*)(?:[A-ZÀ-Ý][a-zà-ÿ]+(?:ez|ons)|Découvre|Crée|Essaie|Télécharge|Rejoins|Profite|Commence|Garde|Suis)\b"
    r"|\d\s*(?:€|\$|%)|€\s*\d|(?i:\bgratuit|\boffert|\bessai\b|\bachat\b|\bpromo)",
)
LOCALE_ORDER = {"fr-FR": 0, "fr": 1, "fr-CA": 2}


def git(directory, *args):
    return subprocess.run(["git", "--git-dir", directory, *args], capture_output=True, check=True).stdout


def licence(directory, commit):
    """The SPDX name and the text of the repository's permissive top-level licence, or None."""
    names = git(directory, "ls-tree", "--name-only", commit).decode().splitlines()
    for name in (n for n in names if LICENCE_FILE.match(n)):
        text = git(directory, "show", f"{commit}:{name}").decode("utf-8", "replace")
        for spdx, pattern in LICENCES:
            if pattern.search(text):
                return spdx, text
    return None


def is_french(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(w in FR_WORDS for w in words)
    return fr >= 2 and fr > sum(w in EN_WORDS for w in words)


def main():
    rows = {}
    for line in open(sys.argv[1], encoding="utf-8"):
        repo, commit, directory = line.split()
        found = licence(directory, commit)
        if found is None:
            continue
        spdx, licence_text = found
        paths = [p for p in git(directory, "ls-tree", "-r", "--name-only", commit).decode().splitlines() if PROMO_FILE.search(p)]
        for path in sorted(paths, key=lambda p: (LOCALE_ORDER[p.split("/")[-2]], p)):
            text = " ".join(git(directory, "show", f"{commit}:{path}").decode("utf-8", "replace").split())
            if text and is_french(text):
                if text not in rows:
                    rows[text] = {"repo": repo, "commit": commit, "path": path, "licence": spdx}
                    # The licences ask that their notice travel with the text: one copy per repository used.
                    os.makedirs("licences", exist_ok=True)
                    with open(os.path.join("licences", repo.replace("/", "+") + ".txt"), "w", encoding="utf-8") as notice:
                        notice.write(licence_text)
                break

    with open("app-store-promo-fr.jsonl", "w", encoding="utf-8") as out:
        for text in sorted(rows, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()):
            key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
            row = {"id": f"appstore-fr:{key}", "text": text, "lang": "fr", "label": "promo", "source_label": "promotional_text",
                   "clear": bool(CLEAR.search(text)), **rows[text]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
