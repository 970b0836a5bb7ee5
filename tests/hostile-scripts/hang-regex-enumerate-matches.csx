/*---
id: HOSTILE212
name: hostile-hang-regex-enumerate-matches
title: Hostile script (hang-regex-enumerate-matches).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex through Regex.EnumerateMatches over a span
// expect: CL0034
var n = 0;
foreach (var m in Regex.EnumerateMatches((new string('a', 40) + "!").AsSpan(), "^(a+)+$")) n++;
Report(new TextSpan(0, 1), ("message", n));
