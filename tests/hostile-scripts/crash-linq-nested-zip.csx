/*---
id: HOSTILE013
name: hostile-crash-linq-nested-zip
title: Hostile script (crash-linq-nested-zip).
severity: warning
message: "{message}"
---*/
// class: stack overflow: 200,000 nested Zip iterators
// expect: CL0030 | CL0034
IEnumerable<int> items = new[] { 1 };
for (var i = 0; i < 200_000; i++) items = items.Zip(items.Take(1), (a, b) => a);
if (items.First() == 2) Report(new TextSpan(0, 1), "two");
