/*---
id: HOSTILE210
name: hostile-hang-regex-split-static
title: Hostile script (hang-regex-split-static).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex through the static Regex.Split
// expect: CL0034
var parts = Regex.Split(new string('a', 40) + "!", "^(a+)+$");
Report(new TextSpan(0, 1), ("message", parts.Length));
