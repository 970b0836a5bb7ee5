/*---
id: HOSTILE127
name: hostile-crash-static-constructor
title: Hostile script (crash-static-constructor).
severity: warning
message: "{message}"
---*/
// class: an exception in a static constructor (TypeInitializationException)
// expect: CL0030 | CL0032
Report(new TextSpan(0, 1), ("message", Boot.Value));
static class Boot { public static readonly int Value; static Boot() { throw new InvalidOperationException("cctor"); } }
