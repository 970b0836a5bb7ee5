/*---
id: HOSTILE014
name: hostile-crash-value-tuple-doubling
title: Hostile script (crash-value-tuple-doubling).
severity: warning
message: "{message}"
---*/
// class: stack overflow or type explosion: generic value-tuple doubling in a recursive local function
// expect: CL0030 | CL0034
int Depth<T>(T value, int n) => n == 0 ? value!.GetHashCode() : Depth((value, value), n - 1);
if (Depth(1, 40) == 7) Report(new TextSpan(0, 1), "deep");
