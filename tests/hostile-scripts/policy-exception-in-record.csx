/*---
id: HOSTILE149
name: hostile-policy-exception-in-record
title: Hostile script (policy-exception-in-record).
severity: warning
message: "{message}"
---*/
// class: an exception formatted by a record's generated ToString
// expect: CL0032
try { Options.GetInt("missing"); }
catch (Exception e) { Report(new TextSpan(0, 1), new Holder(e).ToString()); }
record Holder(Exception Inner); // <- here
