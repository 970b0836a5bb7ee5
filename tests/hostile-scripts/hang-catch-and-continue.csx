/*---
id: HOSTILE058
name: hostile-hang-catch-and-continue
title: Hostile script (hang-catch-and-continue).
severity: warning
message: "{message}"
---*/
// class: a loop that catches the budget exception and goes on
// expect: CL0034
while (true) { try { while (true) { } } catch (Exception) { } }
