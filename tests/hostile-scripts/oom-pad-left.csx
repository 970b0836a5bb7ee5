/*---
id: HOSTILE218
name: hostile-oom-pad-left
title: Hostile script (oom-pad-left).
severity: warning
message: "{message}"
---*/
// class: one PadLeft call of two billion characters
// expect: CL0034 | CL0030
var s = "x".PadLeft(int.MaxValue - 64);
Report(new TextSpan(0, 1), ("message", s.Length));
