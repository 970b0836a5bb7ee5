/*---
id: HOSTILE129
name: hostile-oom-string-create-huge
title: Hostile script (oom-string-create-huge).
severity: warning
message: "{message}"
---*/
// class: string.Create of two billion characters
// expect: CL0032 | CL0034
var s = string.Create(int.MaxValue - 64, 0, (span, _) => span.Fill('x'));
Report(new TextSpan(0, 1), ("message", s.Length));
