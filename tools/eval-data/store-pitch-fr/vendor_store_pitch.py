"""Writes store-pitch-fr-tuning.jsonl: French store-listing pitches of permissively licensed apps, a TUNING set.

Usage: python3 vendor_store_pitch.py <list file>   (one line per repository: owner/name, commit, path of a git
directory holding that commit; repositories.tsv gives the repositories and commits examined, see README.md)
The same kind of text as ../store-listing-fr/ (written by each app's maker to sell it), from other repositories and
makers, and from more of the files a maker writes its pitch in. For the first French locale that has each file (fr-FR,
then fr, then fr-CA), under fastlane's `metadata/[android/|ios/]<locale>/` or Gradle Play Publisher's
`play/listings/<locale>/`:
- the short pitches whole: Google Play's short description (80 characters), the App Store's subtitle (30) and
  promotional text (170);
- the opening of the long description (Google Play's full description, the App Store's description): its first
  paragraph, HTML tags removed.
The licence, language and clear-promotion rules are the held-out set's (`../app-store-promo-fr/vendor_app_store.py`,
imported). Never a held-out source, nor a repository already read for ../store-listing-fr/: a repository listed in
either set's repositories.tsv, by an owner listed there, an app factory's `<owner>/<digits>-Metadata` repository, or a
fork of one of them (EXCLUDED) is skipped before anything of it is read. No choice by content or by how ContentLint
reads it; rows ordered by the SHA-256 of the text.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "app-store-promo-fr"))
sys.path.insert(0, os.path.join(HERE, "..", "store-listing-fr"))
from vendor_app_store import CLEAR, LOCALE_ORDER, git, is_french, licence  # noqa: E402  (the held-out set's rules)
from vendor_store_listing import first_paragraph  # noqa: E402

# Forks found by a root commit shared with a repository of either listed set (checked when the list was made).
EXCLUDED = set()
WHERE = r"(?:^|/)(?:metadata/(?:android/|ios/)?|play/listings/)(fr(?:-FR|-CA)?)/"
SHORT = re.compile(WHERE + r"(short_description|short-description|promotional_text|subtitle)\.txt$")
LONG = re.compile(WHERE + r"(full_description|full-description|description)\.txt$")
FACTORY = re.compile(r"/\d+(?:-Metadata)?$")


def listed(sets=("app-store-promo-fr", "store-listing-fr")):
    """The repositories and owners listed in these sets' repositories.tsv (names only: no text is read)."""
    repos = set()
    for name in sets:
        with open(os.path.join(HERE, "..", name, "repositories.tsv"), encoding="utf-8") as rows:
            repos |= {line.split("\t")[0] for line in rows if line.strip()}
    return repos, {r.split("/")[0] for r in repos}


def pick(paths, pattern):
    """The first path of each kind the pattern names (Play Publisher's dashes read as fastlane's underscores), by locale order then path."""
    chosen = {}
    for path in sorted((p for p in paths if pattern.search(p)), key=lambda p: (LOCALE_ORDER[pattern.search(p).group(1)], p)):
        chosen.setdefault(pattern.search(path).group(2).replace("-", "_"), path)
    return chosen.values()


def vendor(list_path, sets, excluded, out_name, prefix):
    """Writes out_name from the repositories of list_path, skipping every repository and owner of `sets` and `excluded`."""
    repos, owners = listed(sets)
    rows = {}
    for line in open(list_path, encoding="utf-8"):
        repo, commit, directory = line.split()
        if repo in repos or repo.split("/")[0] in owners or repo in excluded or FACTORY.search(repo):
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

    with open(out_name, "w", encoding="utf-8") as out:
        for text in sorted(rows, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest()):
            key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
            row = {"id": f"{prefix}:{key}", "text": text, "lang": "fr", "label": "promo",
                   "source_label": os.path.basename(rows[text]["path"])[:-4].replace("-", "_"), "clear": bool(CLEAR.search(text)), **rows[text]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def main():
    vendor(sys.argv[1], ("app-store-promo-fr", "store-listing-fr"), EXCLUDED, "store-pitch-fr-tuning.jsonl", "storepitch-fr")

if __name__ == "__main__":
    main()
