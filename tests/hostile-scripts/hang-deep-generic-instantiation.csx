/*---
id: HOSTILE146
name: hostile-hang-deep-generic-instantiation
title: Hostile script (hang-deep-generic-instantiation).
severity: warning
message: "{message}"
---*/
// class: recursion through ever deeper generic instantiations (a new JIT per level)
// expect: CL0030 | CL0034
static int Depth<T>(int n) => n == 0 ? 0 : 1 + Depth<List<T>>(n - 1);
Report(new TextSpan(0, 1), ("message", Depth<int>(100_000)));
