/*---
id: HOSTILE221
name: hostile-oom-findings-flood
title: Hostile script (oom-findings-flood).
severity: warning
message: "{message}"
---*/
// class: ten million findings in a loop
// expect: CL0034 | CL0030
for (var i = 0; i < 10_000_000; i++) Report(new TextSpan(0, 1), ("message", i));
