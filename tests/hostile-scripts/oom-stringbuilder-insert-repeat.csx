/*---
id: HOSTILE217
name: hostile-oom-stringbuilder-insert-repeat
title: Hostile script (oom-stringbuilder-insert-repeat).
severity: warning
message: "{message}"
---*/
// class: one StringBuilder.Insert call of 1.5 billion characters
// expect: CL0034 | CL0030
var sb = new StringBuilder().Insert(0, "abc", 500_000_000);
Report(new TextSpan(0, 1), ("message", sb.Length));
