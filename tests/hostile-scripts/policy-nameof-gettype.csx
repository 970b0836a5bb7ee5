/*---
id: HOSTILE139
name: hostile-policy-nameof-gettype
title: Hostile script (policy-nameof-gettype).
severity: warning
message: "{message}"
---*/
// class: a type name built with nameof, then Type.GetType
// expect: CL0032
var t = Type.GetType("System.IO." + nameof(System.IO.File)); // <- here
Report(new TextSpan(0, 1), ("message", t?.Name));
