/*---
id: HOSTILE117
name: hostile-regex-named-arguments
title: Hostile script (regex-named-arguments).
severity: warning
message: "{message}"
---*/
// expect: CL0034
var evil = new string((char)97, 40) + "!";
if (Regex.IsMatch(input: evil, pattern: @"^(\w+\s?)*$")) Report(new TextSpan(0, 1), ("message", "matched"));
