/*---
id: HOSTILE219
name: hostile-oom-resize-array
title: Hostile script (oom-resize-array).
severity: warning
message: "{message}"
---*/
// class: Array.Resize to two billion elements
// expect: CL0034 | CL0030
var a = new long[1];
Array.Resize(ref a, 0x7FFFFFC7);
Report(new TextSpan(0, 1), ("message", a.Length));
