/*---
id: HOSTILE026
name: hostile-crash-divide-by-zero
title: Hostile script (crash-divide-by-zero).
severity: warning
message: "{message}"
---*/
// class: integer division by zero
// expect: CL0030
var zero = Text.Length - Text.Length;
Report(new TextSpan(0, 1), (1 / zero).ToString());
