/*---
id: HOSTILE220
name: hostile-oom-kept-under-budget-per-post
title: Hostile script (oom-kept-under-budget-per-post).
severity: warning
message: "{message}"
---*/
// class: 60 MB per post kept in the findings: each post stays under the allocation budget, the parent holds them all
// expect: CL0034 | CL0030
Report(new TextSpan(0, 1), ("message", new string('x', 30_000_000)));
