/*---
id: HOSTILE025
name: hostile-crash-index-out-of-range
title: Hostile script (crash-index-out-of-range).
severity: warning
message: "{message}"
---*/
// class: an index out of range
// expect: CL0030
var a = new int[1];
Report(new TextSpan(0, a[Text.Length + 5]), "x");
