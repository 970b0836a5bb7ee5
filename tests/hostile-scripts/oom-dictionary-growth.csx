/*---
id: HOSTILE043
name: hostile-oom-dictionary-growth
title: Hostile script (oom-dictionary-growth).
severity: warning
message: "{message}"
---*/
// class: a dictionary grown until memory runs out
// expect: CL0034
var d = new Dictionary<int, string>();
for (var i = 0; ; i++) d[i] = new string('y', 1000);
