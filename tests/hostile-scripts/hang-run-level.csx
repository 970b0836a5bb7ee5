/*---
id: HOSTILE064
name: hostile-hang-run-level
title: Hostile script (hang-run-level).
severity: warning
level: run
message: "{message}"
---*/
// class: an endless loop in a run-level rule
// expect: CL0034
var n = 0;
while (true) n++;
