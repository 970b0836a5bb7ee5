/*---
id: HOSTILE054
name: hostile-hang-library-sort-huge
title: Hostile script (hang-library-sort-huge).
severity: warning
message: "{message}"
---*/
// class: one long library call: sorting 100 million numbers
// expect: CL0034 | CL0030
var a = new int[100_000_000];
Array.Sort(a);
Array.Reverse(a);
Array.Sort(a);
Report(new TextSpan(0, 1), a[0].ToString());
