/*---
id: HOSTILE065
name: hostile-crash-run-level
title: Hostile script (crash-run-level).
severity: warning
level: run
message: "{message}"
---*/
// class: a stack overflow in a run-level rule
// expect: CL0030
var a = new object[1];
a[0] = a;
var h = System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(a);
if (h == 4) Report(Documents[0], Documents[0].Posts[0], Documents[0].Posts[0].Span, ("message", "never"));
