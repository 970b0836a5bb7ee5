/*---
id: HOSTILE141
name: hostile-policy-arglist
title: Hostile script (policy-arglist).
severity: warning
message: "{message}"
---*/
// class: __arglist and ArgIterator
// expect: CL0032
static int Count(__arglist) => new ArgIterator(__arglist).GetRemainingCount(); // <- here
Report(new TextSpan(0, 1), ("message", Count(__arglist(1, 2))));
