/*---
id: HOSTILE016
name: hostile-crash-nested-tuple-tostring
title: Hostile script (crash-nested-tuple-tostring).
severity: warning
message: "{message}"
---*/
// class: stack overflow in library code: ToString of 200,000 nested value tuples
// expect: CL0030 | CL0034
object o = 1;
for (var i = 0; i < 200_000; i++) o = ValueTuple.Create(o);
Report(new TextSpan(0, 1), o.ToString()!.Length.ToString());
