/*---
id: HOSTILE118
name: hostile-regex-method-group
title: Hostile script (regex-method-group).
severity: warning
message: "{message}"
---*/
// expect: CL0034
Func<string, string, bool> match = Regex.IsMatch;
if (match(new string((char)97, 40) + "!", @"^(\w+\s?)*$")) Report(new TextSpan(0, 1), ("message", "matched"));
