/*---
id: HOSTILE150
name: hostile-policy-exception-in-list
title: Hostile script (policy-exception-in-list).
severity: warning
message: "{message}"
---*/
// class: an exception kept in a list and concatenated
// expect: CL0032
var seen = new List<InvalidOperationException>(); // <- here
try { throw new InvalidOperationException("x"); }
catch (InvalidOperationException e) { seen.Add(e); }
Report(new TextSpan(0, 1), string.Concat(seen));
