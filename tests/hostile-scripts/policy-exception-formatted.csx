/*---
id: HOSTILE115
name: hostile-exception-formatted
title: Hostile script (exception-formatted).
severity: warning
message: "{message}"
---*/
// expect: CL0032
try { int.Parse("x", CultureInfo.InvariantCulture); }
catch (FormatException e) { Report(new TextSpan(0, 1), $"{e}"); } // <- here
