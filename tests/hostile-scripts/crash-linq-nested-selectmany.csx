/*---
id: HOSTILE012
name: hostile-crash-linq-nested-selectmany
title: Hostile script (crash-linq-nested-selectmany).
severity: warning
message: "{message}"
---*/
// class: stack overflow: 200,000 nested SelectMany iterators
// expect: CL0030 | CL0034
IEnumerable<int> items = new[] { 1 };
for (var i = 0; i < 200_000; i++) items = items.SelectMany(x => new[] { x });
if (items.First() == 2) Report(new TextSpan(0, 1), "two");
