/*---
id: HOSTILE010
name: hostile-crash-linq-nested-iterators
title: Hostile script (crash-linq-nested-iterators).
severity: warning
message: "{message}"
---*/
// class: stack overflow: 200,000 nested LINQ iterators
// expect: CL0030 | CL0034
IEnumerable<int> items = new[] { 1 };
for (var i = 0; i < 200_000; i++) items = items.Skip(0).Reverse();
if (items.Count() == 2) Report(new TextSpan(0, 1), "two");
