/*---
id: HOSTILE114
name: hostile-exception-stack-trace
title: Hostile script (exception-stack-trace).
severity: warning
message: "{message}"
---*/
// expect: CL0032
try { int.Parse("x", CultureInfo.InvariantCulture); }
catch (FormatException e) { Report(new TextSpan(0, 1), e.StackTrace ?? ""); } // <- here
