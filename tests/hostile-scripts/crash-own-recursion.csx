/*---
id: HOSTILE021
name: hostile-crash-own-recursion
title: Hostile script (crash-own-recursion).
severity: warning
message: "{message}"
---*/
// class: unbounded recursion in the script's own method
// expect: CL0034
int Down(int n) => Down(n + 1) + 1;
if (Down(0) == 1) Report(new TextSpan(0, 1), "one");
