/*---
id: HOSTILE138
name: hostile-policy-console-using-static
title: Hostile script (policy-console-using-static).
severity: warning
message: "{message}"
---*/
// class: Console reached through using static
// expect: CL0032
using static System.Console; // <- here
WriteLine("protocol corruption");
