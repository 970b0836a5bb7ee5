/*---
id: HOSTILE036
name: hostile-oom-string
title: Hostile script (oom-string).
severity: warning
message: "{message}"
---*/
// class: OutOfMemoryException during warm-up: new string('x', int.MaxValue)
// expect: CL0034 | CL0030
var s = new string('x', int.MaxValue);
Report(new TextSpan(0, 1), s.Length.ToString());
