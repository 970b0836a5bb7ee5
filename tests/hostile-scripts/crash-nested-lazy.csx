/*---
id: HOSTILE020
name: hostile-crash-nested-lazy
title: Hostile script (crash-nested-lazy).
severity: warning
message: "{message}"
---*/
// class: stack overflow: 200,000 chained Lazy values
// expect: CL0030 | CL0034
var lazy = new Lazy<int>(() => 0);
for (var i = 0; i < 200_000; i++) { var inner = lazy; lazy = new Lazy<int>(() => inner.Value + 1); }
if (lazy.Value == 1) Report(new TextSpan(0, 1), "one");
