/*---
id: HOSTILE240
name: hostile-oom-findings-count
title: Hostile script (oom-findings-count).
severity: warning
message: "{message}"
---*/
// class: fifty thousand cheap findings on one post, each a copy for the parent process
// expect: CL0030
for (var i = 0; i < 50_000; i++) Report(new TextSpan(0, 1), ("message", "x"));
