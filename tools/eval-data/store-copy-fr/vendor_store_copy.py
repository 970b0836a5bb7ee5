"""Writes store-copy-fr-tuning.jsonl: French store-listing pitches of more permissively licensed apps, a TUNING set.

Usage: python3 vendor_store_copy.py <list file>   (one line per repository: owner/name, commit, path of a git directory
holding that commit; repositories.tsv gives the repositories and commits examined, see README.md)
The same kind of text as ../store-pitch-fr/ and ../store-listing-fr/ (written by each app's maker to sell it), from the
repositories the file index lists under other paths (monorepos' `android/`, `ios/`, `mobile/`, `apps/mobile/`
fastlane folders, `fastlane/metadata/ios/`, a bare `metadata/`), which the earlier sets' listings did not reach. The
files, the selection and the licence, language and clear-promotion rules are ../store-pitch-fr/'s (imported, which
imports the held-out set's). Never a held-out source nor a repository of an earlier tuning set: a repository listed in
any of the three sets' repositories.tsv, by an owner listed there, an app factory's `<owner>/<digits>-Metadata`
repository, or a fork of one of them (EXCLUDED) is skipped before anything of it is read.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "store-pitch-fr"))
from vendor_store_pitch import vendor  # noqa: E402  (../store-pitch-fr's selection, the held-out set's rules)

# Forks of BlueWallet (held out): their root commit is the one of BlueWallet's history (checked when the list was made).
EXCLUDED = {"Yokomoko/BlueWallet", "metapep/hc-wallet", "notTanveer/silent-pay-wallet", "zndtoshi/NomadWallet"}

if __name__ == "__main__":
    vendor(sys.argv[1], ("app-store-promo-fr", "store-listing-fr", "store-pitch-fr"), EXCLUDED,
           "store-copy-fr-tuning.jsonl", "storecopy-fr")
