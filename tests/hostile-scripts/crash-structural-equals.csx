/*---
id: HOSTILE005
name: hostile-crash-structural-equals
title: Hostile script (crash-structural-equals).
severity: warning
message: "{message}"
---*/
// class: stack overflow: StructuralComparisons equality of two self-containing arrays
// expect: CL0030
var a = new object[1]; a[0] = a;
var b = new object[1]; b[0] = b;
if (System.Collections.StructuralComparisons.StructuralEqualityComparer.Equals(a, b)) Report(new TextSpan(0, 1), "equal");
