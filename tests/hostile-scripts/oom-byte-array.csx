/*---
id: HOSTILE035
name: hostile-oom-byte-array
title: Hostile script (oom-byte-array).
severity: warning
message: "{message}"
---*/
// class: OutOfMemoryException during warm-up: new byte[int.MaxValue]
// expect: CL0034
var b = new byte[int.MaxValue];
Report(new TextSpan(0, 1), b.Length.ToString());
