/*---
id: HOSTILE116
name: hostile-exception-as-argument
title: Hostile script (exception-as-argument).
severity: warning
message: "{message}"
---*/
// expect: CL0032
try { int.Parse("x", CultureInfo.InvariantCulture); }
catch (FormatException e) { Report(new TextSpan(0, 1), ("message", e)); } // <- here
