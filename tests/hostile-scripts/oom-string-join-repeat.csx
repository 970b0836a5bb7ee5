/*---
id: HOSTILE044
name: hostile-oom-string-join-repeat
title: Hostile script (oom-string-join-repeat).
severity: warning
message: "{message}"
---*/
// class: one library call building a 4 GB string
// expect: CL0034 | CL0030
var s = string.Join("", Enumerable.Repeat("ab", int.MaxValue));
Report(new TextSpan(0, 1), s.Length.ToString());
