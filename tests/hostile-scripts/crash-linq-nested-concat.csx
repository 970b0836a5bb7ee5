/*---
id: HOSTILE011
name: hostile-crash-linq-nested-concat
title: Hostile script (crash-linq-nested-concat).
severity: warning
message: "{message}"
---*/
// class: stack overflow: 200,000 nested Concat/Distinct iterators
// expect: CL0030 | CL0034
IEnumerable<int> items = new[] { 1 };
for (var i = 0; i < 200_000; i++) items = items.Distinct().Concat(Array.Empty<int>());
if (items.Any()) Report(new TextSpan(0, 1), "any");
