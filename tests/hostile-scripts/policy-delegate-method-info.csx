/*---
id: HOSTILE232
name: hostile-policy-delegate-method-info
title: Hostile script (policy-delegate-method-info).
severity: warning
message: "{message}"
---*/
// class: a delegate's MethodInfo, the door to reflection
// expect: CL0032
Func<int> f = () => 1;
Report(new TextSpan(0, 1), ("message", f.Method.Name)); // <- here
