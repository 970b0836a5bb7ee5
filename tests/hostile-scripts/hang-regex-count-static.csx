/*---
id: HOSTILE211
name: hostile-hang-regex-count-static
title: Hostile script (hang-regex-count-static).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex through the static Regex.Count
// expect: CL0034
Report(new TextSpan(0, 1), ("message", Regex.Count(new string('a', 40) + "!", "^(a+)+$")));
