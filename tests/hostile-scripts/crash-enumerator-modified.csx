/*---
id: HOSTILE030
name: hostile-crash-enumerator-modified
title: Hostile script (crash-enumerator-modified).
severity: warning
message: "{message}"
---*/
// class: a collection modified while enumerated
// expect: CL0030
var list = new List<int> { 1, 2 };
foreach (var x in list) list.Add(x);
