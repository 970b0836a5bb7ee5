/*---
id: HOSTILE019
name: hostile-crash-nested-delegates
title: Hostile script (crash-nested-delegates).
severity: warning
message: "{message}"
---*/
// class: deep recursion through 200,000 chained lambdas (the guard sees script frames)
// expect: CL0034 | CL0030
Func<int, int> f = x => x;
for (var i = 0; i < 200_000; i++) { var g = f; f = x => g(x) + 1; }
if (f(0) == 1) Report(new TextSpan(0, 1), "one");
