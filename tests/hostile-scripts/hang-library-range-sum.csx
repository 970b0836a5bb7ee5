/*---
id: HOSTILE052
name: hostile-hang-library-range-sum
title: Hostile script (hang-library-range-sum).
severity: warning
message: "{message}"
---*/
// class: one long library call: summing two billion items
// expect: CL0034
if (Enumerable.Range(0, int.MaxValue).Select(x => (long)x).Sum() == 2) Report(new TextSpan(0, 1), "two");
