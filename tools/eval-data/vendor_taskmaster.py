"""Writes taskmaster-coffee.jsonl: turns of Taskmaster-4 (Google, CC BY 4.0) coffee-ordering dialogs, held-out.

Usage: python3 vendor_taskmaster.py <TM-4-2024/data/data_*.json files>
Every turn (customer or barista) of five words or more, deduplicated; the 300 whose SHA-256 of the text is
smallest (no choice by content). Each is a line of a conversation -> type dialogue. They order, pay and
talk prices and sizes ("a large latte for $4.50"): hard cases for false positives, and none starts with @.
"""
import hashlib
import json
import sys

texts = set()
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as source:
        for dialog in json.load(source):
            for turn in dialog["utterances"]:
                text = " ".join(turn["text"].split())
                if len(text.split()) >= 5:
                    texts.add(text)

with open("taskmaster-coffee.jsonl", "w", encoding="utf-8") as out:
    for text in sorted(texts, key=lambda t: hashlib.sha256(t.encode("utf-8")).hexdigest())[:300]:
        key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        out.write(json.dumps({"id": f"tm4:{key}", "text": text, "lang": "en", "label": "dialogue"}, ensure_ascii=False) + "\n")
