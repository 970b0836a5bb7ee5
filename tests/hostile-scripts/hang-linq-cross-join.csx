/*---
id: HOSTILE063
name: hostile-hang-linq-cross-join
title: Hostile script (hang-linq-cross-join).
severity: warning
message: "{message}"
---*/
// class: a cross join of four large ranges
// expect: CL0034
var r = Enumerable.Range(0, 1000);
var n = (from a in r from b in r from c in r from d in r select a + b + c + d).Count();
Report(new TextSpan(0, 1), n.ToString());
