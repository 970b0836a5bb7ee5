/*---
id: HOSTILE034
name: hostile-crash-exception-in-static-init
title: Hostile script (crash-exception-in-static-init).
severity: warning
message: "{message}"
---*/
// class: an exception in a static field initializer
// expect: CL0030 | CL0032
Report(new TextSpan(0, 1), Table[0]);
static readonly string[] Table = Build();
static string[] Build() => throw new InvalidOperationException("init");
