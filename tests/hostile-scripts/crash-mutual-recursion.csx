/*---
id: HOSTILE022
name: hostile-crash-mutual-recursion
title: Hostile script (crash-mutual-recursion).
severity: warning
message: "{message}"
---*/
// class: unbounded mutual recursion between local functions
// expect: CL0034
int Ping(int n) => Pong(n + 1);
int Pong(int n) => Ping(n + 1);
if (Ping(0) == 1) Report(new TextSpan(0, 1), "one");
