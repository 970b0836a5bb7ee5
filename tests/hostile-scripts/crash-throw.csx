/*---
id: HOSTILE023
name: hostile-crash-throw
title: Hostile script (crash-throw).
severity: warning
message: "{message}"
---*/
// class: an exception thrown by the script
// expect: CL0030
throw new InvalidOperationException("boom");
