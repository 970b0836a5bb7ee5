/*---
id: HOSTILE119
name: hostile-regex-constructor-named
title: Hostile script (regex-constructor-named).
severity: warning
message: "{message}"
---*/
// expect: CL0034
var regex = new Regex(pattern: @"^(\w+\s?)*$");
if (regex.IsMatch(new string((char)97, 40) + "!")) Report(new TextSpan(0, 1), ("message", "matched"));
