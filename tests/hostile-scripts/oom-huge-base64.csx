/*---
id: HOSTILE222
name: hostile-oom-huge-base64
title: Hostile script (oom-huge-base64).
severity: warning
message: "{message}"
---*/
// class: one Convert call of 1.5 GB
// expect: CL0034 | CL0030
var b = Convert.ToBase64String(new byte[1_200_000_000]);
Report(new TextSpan(0, 1), ("message", b.Length));
