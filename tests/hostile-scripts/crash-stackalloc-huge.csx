/*---
id: HOSTILE128
name: hostile-crash-stackalloc-huge
title: Hostile script (crash-stackalloc-huge).
severity: warning
message: "{message}"
---*/
// class: stackalloc of 2 GB on the rule's stack
// expect: CL0030 | CL0032
Span<byte> s = stackalloc byte[int.MaxValue];
s[^1] = 1;
Report(new TextSpan(0, 1), ("message", s.Length));
