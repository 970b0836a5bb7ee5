/*---
id: HOSTILE051
name: hostile-hang-library-repeat-max
title: Hostile script (hang-library-repeat-max).
severity: warning
message: "{message}"
---*/
// class: one long library call: Max over two billion items
// expect: CL0034
if (Enumerable.Repeat(1, int.MaxValue).Max() == 2) Report(new TextSpan(0, 1), "two");
