/*---
id: HOSTILE029
name: hostile-crash-comparer-throws
title: Hostile script (crash-comparer-throws).
severity: warning
message: "{message}"
---*/
// class: a sort comparer that throws
// expect: CL0030
var list = Text.Split(' ').ToList();
list.Sort((a, b) => throw new InvalidOperationException("compare"));
