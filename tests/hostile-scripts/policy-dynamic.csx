/*---
id: HOSTILE140
name: hostile-policy-dynamic
title: Hostile script (policy-dynamic).
severity: warning
message: "{message}"
---*/
// class: dynamic dispatch to reach members the binder never sees
// expect: CL0032
dynamic d = Text; // <- here
Report(new TextSpan(0, 1), ("message", (string)d.GetType().Assembly.Location));
