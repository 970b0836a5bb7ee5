/*---
id: HOSTILE145
name: hostile-hang-checked-overflow-loop
title: Hostile script (hang-checked-overflow-loop).
severity: warning
message: "{message}"
---*/
// class: a loop that restarts after every checked overflow
// expect: CL0034
var i = int.MaxValue - 5;
while (true) { try { i = checked(i + 1); } catch (OverflowException) { i = int.MaxValue - 5; } }
