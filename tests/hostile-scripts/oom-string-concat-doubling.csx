/*---
id: HOSTILE040
name: hostile-oom-string-concat-doubling
title: Hostile script (oom-string-concat-doubling).
severity: warning
message: "{message}"
---*/
// class: a string doubled until memory runs out
// expect: CL0034 | CL0030
var s = "x";
while (true) s += s;
