/*---
id: HOSTILE006
name: hostile-crash-structural-compare
title: Hostile script (crash-structural-compare).
severity: warning
message: "{message}"
---*/
// class: stack overflow: StructuralComparisons ordering of self-containing arrays
// expect: CL0030
var a = new object[1]; a[0] = a;
var b = new object[1]; b[0] = b;
if (System.Collections.StructuralComparisons.StructuralComparer.Compare(a, b) == 0) Report(new TextSpan(0, 1), "same");
