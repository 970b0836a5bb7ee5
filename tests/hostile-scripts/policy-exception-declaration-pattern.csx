/*---
id: HOSTILE205
name: hostile-policy-exception-declaration-pattern
title: Hostile script (policy-exception-declaration-pattern).
severity: warning
message: "{message}"
---*/
// class: an exception matched as 'object o' and formatted through object.ToString, with the engine's stack trace
// expect: CL0032
try { int[] a = []; _ = a[1]; }
catch (Exception e) { if (e is object o) Report(new TextSpan(0, 1), ("message", o.ToString() ?? "")); } // <- here
