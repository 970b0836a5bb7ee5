/*---
id: HOSTILE106
name: hostile-handler-copy
title: Hostile script (handler-copy).
severity: warning
message: "{message}"
---*/
// expect: CL0032
var handler = new System.Runtime.CompilerServices.DefaultInterpolatedStringHandler(0, 0); // <- here
handler.AppendLiteral("x");
var copy = handler;
Report(new TextSpan(0, 1), handler.ToStringAndClear() + copy.ToStringAndClear());
