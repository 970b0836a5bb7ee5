/*---
id: HOSTILE041
name: hostile-oom-repeat-toarray
title: Hostile script (oom-repeat-toarray).
severity: warning
message: "{message}"
---*/
// class: a library call that allocates 8 GB at once (Enumerable.Repeat(...).ToArray())
// expect: CL0034 | CL0030
var a = Enumerable.Repeat(1L, int.MaxValue / 2).ToArray();
Report(new TextSpan(0, 1), a.Length.ToString());
