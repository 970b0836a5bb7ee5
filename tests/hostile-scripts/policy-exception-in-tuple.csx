/*---
id: HOSTILE148
name: hostile-policy-exception-in-tuple
title: Hostile script (policy-exception-in-tuple).
severity: warning
message: "{message}"
---*/
// class: an exception formatted by a tuple's ToString
// expect: CL0032
try { Options.GetInt("missing"); }
catch (Exception e) { Report(new TextSpan(0, 1), (e, 1).ToString()); } // <- here
