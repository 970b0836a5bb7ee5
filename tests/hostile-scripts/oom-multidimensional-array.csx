/*---
id: HOSTILE037
name: hostile-oom-multidimensional-array
title: Hostile script (oom-multidimensional-array).
severity: warning
message: "{message}"
---*/
// class: a 2.5 GB two-dimensional array
// expect: CL0034
var grid = new int[50_000, 50_000];
Report(new TextSpan(0, 1), grid.Length.ToString());
