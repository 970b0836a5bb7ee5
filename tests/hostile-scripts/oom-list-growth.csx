/*---
id: HOSTILE038
name: hostile-oom-list-growth
title: Hostile script (oom-list-growth).
severity: warning
message: "{message}"
---*/
// class: a list grown until memory runs out
// expect: CL0034
var list = new List<string>();
while (true) list.Add(new string('x', 10_000));
