/*---
id: HOSTILE142
name: hostile-policy-typed-reference
title: Hostile script (policy-typed-reference).
severity: warning
message: "{message}"
---*/
// class: TypedReference through __makeref
// expect: CL0032
var x = 1;
var r = __makeref(x); // <- here
Report(new TextSpan(0, 1), ("message", __refvalue(r, int)));
