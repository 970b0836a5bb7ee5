/*---
id: HOSTILE004
name: hostile-crash-structural-hash
title: Hostile script (crash-structural-hash).
severity: warning
message: "{message}"
---*/
// class: stack overflow: StructuralComparisons hash of a self-containing array
// expect: CL0030
var a = new object[1];
a[0] = a;
var h = System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(a);
if (h == 42) Report(new TextSpan(0, 1), "never");
