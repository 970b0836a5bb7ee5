/*---
id: HOSTILE039
name: hostile-oom-stringbuilder-doubling
title: Hostile script (oom-stringbuilder-doubling).
severity: warning
message: "{message}"
---*/
// class: a StringBuilder doubled until memory runs out
// expect: CL0034 | CL0030
var sb = new StringBuilder("x");
while (true) sb.Append(sb.ToString());
