/*---
id: HOSTILE027
name: hostile-crash-bad-span
title: Hostile script (crash-bad-span).
severity: warning
message: "{message}"
---*/
// class: a report outside the text
// expect: CL0030
Report(new TextSpan(Text.Length + 100, 5), "outside");
