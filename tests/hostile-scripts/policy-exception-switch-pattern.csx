/*---
id: HOSTILE206
name: hostile-policy-exception-switch-pattern
title: Hostile script (policy-exception-switch-pattern).
severity: warning
message: "{message}"
---*/
// class: an exception reached as object through a switch expression's declaration pattern
// expect: CL0032
try { int[] a = []; _ = a[1]; }
catch (Exception e) { var shown = e switch { object o => o.ToString() }; Report(new TextSpan(0, 1), ("message", shown ?? "")); } // <- here
