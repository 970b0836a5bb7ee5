/*---
id: HOSTILE057
name: hostile-hang-finally-loop
title: Hostile script (hang-finally-loop).
severity: warning
message: "{message}"
---*/
// class: an endless loop in a finally block after the budget fired
// expect: CL0034
try { while (true) { } } finally { var n = 0; while (true) n++; }
