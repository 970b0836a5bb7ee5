"""Writes sms-spam-collection.jsonl: a fixed sample of the UCI SMS Spam Collection (CC BY 4.0).

Usage: python3 vendor_sms.py <path to SMSSpamCollection (tab-separated: label, text)>
The sample is the 300 `ham` and 150 `spam` messages whose SHA-256 of the text is smallest (no choice by
content); duplicates are dropped. ham -> type dialogue, spam -> type promo.
"""
import hashlib
import json
import sys

rows = {}
with open(sys.argv[1], encoding="utf-8") as source:
    for line in source:
        label, _, text = line.rstrip("\n").partition("\t")
        if label in ("ham", "spam") and text:
            rows.setdefault(text, label)

def sample(label, count):
    texts = [t for t, l in rows.items() if l == label]
    return sorted(texts, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())[:count]

with open("sms-spam-collection.jsonl", "w", encoding="utf-8") as out:
    for label, count, kind in (("ham", 300, "dialogue"), ("spam", 150, "promo")):
        for text in sample(label, count):
            key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
            out.write(json.dumps({"id": f"sms:{key}", "text": text, "lang": "en", "label": kind, "source_label": label}, ensure_ascii=False) + "\n")
