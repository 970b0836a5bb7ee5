/*---
id: HOSTILE015
name: hostile-crash-nested-tuple-hash
title: Hostile script (crash-nested-tuple-hash).
severity: warning
message: "{message}"
---*/
// class: stack overflow in library code: hash of 200,000 nested tuples
// expect: CL0030 | CL0034
object o = 1;
for (var i = 0; i < 200_000; i++) o = Tuple.Create(o);
if (o.GetHashCode() == 3) Report(new TextSpan(0, 1), "hash");
