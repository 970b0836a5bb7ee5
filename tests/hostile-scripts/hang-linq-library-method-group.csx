/*---
id: HOSTILE216
name: hostile-hang-linq-library-method-group
title: Hostile script (hang-linq-library-method-group).
severity: warning
message: "{message}"
---*/
// class: two billion predicate calls inside one LINQ call, through a library method group: no script frame to check
// expect: CL0034
var n = Enumerable.Range(0, int.MaxValue).Where(int.IsEvenInteger).Count() + Enumerable.Range(0, int.MaxValue).Where(int.IsOddInteger).Count();
Report(new TextSpan(0, 1), ("message", n));
