"""Writes the SMS samples of the UCI SMS Spam Collection (CC BY 4.0): a held-out set and a disjoint tuning set.

Usage: python3 vendor_sms.py <path to SMSSpamCollection (tab-separated: label, text)>
Messages are ordered by the SHA-256 of their text (no choice by content), duplicates dropped:
- sms-spam-collection.jsonl (held-out): the first 300 `ham` and 150 `spam`;
- sms-spam-tuning.jsonl (tuning): the next 600 `ham` and 300 `spam`.
ham -> type dialogue, spam -> type promo. A spam message is *clearly promotional* ("clear": true) when it gives
the reader a way to respond or buy (see CLEAR below); the others (jokes, chain letters, notices) count in the
all-spam figure only. The rule looks at the message's response channel, not at the classifier's markers.
"""
import hashlib
import json
import re
import sys

# A phone number or short code (4+ digits), a web address, or a verb asking for a reply, a text or a call.
CLEAR = re.compile(r"\d{4,}|www\.|https?:|\.(?:com|net|org|co\.uk|tv)\b|\b(?:txt|text|reply|call|send|visit|click)\b", re.IGNORECASE)

rows = {}
with open(sys.argv[1], encoding="utf-8") as source:
    for line in source:
        label, _, text = line.rstrip("\n").partition("\t")
        if label in ("ham", "spam") and text:
            rows.setdefault(text, label)


def ordered(label):
    return sorted((t for t, l in rows.items() if l == label), key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())


def write(path, ham, spam):
    with open(path, "w", encoding="utf-8") as out:
        for label, texts, kind in (("ham", ham, "dialogue"), ("spam", spam, "promo")):
            for text in texts:
                key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
                row = {"id": f"sms:{key}", "text": text, "lang": "en", "label": kind, "source_label": label}
                if kind == "promo":
                    row["clear"] = bool(CLEAR.search(text))
                out.write(json.dumps(row, ensure_ascii=False) + "\n")


ham, spam = ordered("ham"), ordered("spam")
write("sms-spam-collection.jsonl", ham[:300], spam[:150])
write("sms-spam-tuning.jsonl", ham[300:900], spam[150:450])
