#!/usr/bin/env python3
"""Turns a `contentlint check --format json|sarif` report into sorted lines, one per finding, to diff.

usage: normalize.py json|sarif < report > lines

A finding line: rule id, path, start-end (1-based line:column), @offset+length, severity, post id,
message, then each fix as `title => line:col-line:col@offset+length "new text"`. Strings are JSON-quoted
so that a tab or a line break inside a message cannot split or shift a line. A first `# summary` line
keeps the report's counts (json) or the rules' metadata (sarif, one `# rule` line each).
"""
import hashlib
import json
import sys


def q(text):
    return json.dumps(text, ensure_ascii=False)


def span(line, column, end_line, end_column, offset, length):
    return f"{line}:{column}-{end_line}:{end_column}@{offset}+{length}"


def from_json(report):
    header = [f"# summary {q(report['summary'])} version={report['version']} tool={q(report['tool'])}"]
    lines = []
    for f in report["findings"]:
        fixes = " | ".join(
            q(fix["title"]) + " => " + ", ".join(
                span(e["line"], e["column"], e["endLine"], e["endColumn"], e["offset"], e["length"]) + " " + q(e["newText"])
                for e in fix["edits"])
            for fix in f["fixes"])
        lines.append("\t".join([
            f["ruleId"], f["path"],
            span(f["line"], f["column"], f["endLine"], f["endColumn"], f["offset"], f["length"]),
            f["severity"], f.get("postId") or "-", q(f["message"]),
            f"{f['ruleName']}/{f['category']} {f['helpUri']}", "fixes: " + (fixes or "-")]))
    return header, lines


def region(r):
    return span(r["startLine"], r["startColumn"], r["endLine"], r["endColumn"], r["charOffset"], r["charLength"])


def from_sarif(report):
    run = report["runs"][0]
    driver = run["tool"]["driver"]
    header = [f"# sarif version={report['version']} driver={driver['name']} {driver['semanticVersion']}"]
    rules = driver["rules"]
    for rule in rules:
        text = json.dumps(rule, ensure_ascii=False, sort_keys=True)
        header.append(f"# rule {rule['id']} {rule['name']} {rule['defaultConfiguration']['level']} "
                      f"{rule['properties']['category']} sha256={hashlib.sha256(text.encode()).hexdigest()[:16]}")
    lines = []
    for r in run["results"]:
        location = r["locations"][0]["physicalLocation"]
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"], r
        fixes = " | ".join(
            q(fix["description"]["text"]) + " => " + ", ".join(
                change["artifactLocation"]["uri"] + " " + region(rep["deletedRegion"]) + " " + q(rep["insertedContent"]["text"])
                for change in fix["artifactChanges"] for rep in change["replacements"])
            for fix in r.get("fixes", []))
        lines.append("\t".join([
            r["ruleId"], location["artifactLocation"]["uri"], region(location["region"]), r["level"],
            r.get("properties", {}).get("postId", "-"), q(r["message"]["text"]), "fixes: " + (fixes or "-")]))
    return header, lines


def main():
    header, lines = {"json": from_json, "sarif": from_sarif}[sys.argv[1]](json.load(sys.stdin))
    sys.stdout.write("\n".join(header + sorted(lines)) + "\n")


if __name__ == "__main__":
    main()
