/*---
id: HOSTILE147
name: hostile-policy-exception-generic-join
title: Hostile script (policy-exception-generic-join).
severity: warning
message: "{message}"
---*/
// class: an exception formatted by a generic library method (string.Join<T> calls ToString)
// expect: CL0032
try { Options.GetInt("missing"); }
catch (Exception e) { Report(new TextSpan(0, 1), string.Join(",", new[] { e })); } // <- here
