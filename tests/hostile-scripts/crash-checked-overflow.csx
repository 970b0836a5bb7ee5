/*---
id: HOSTILE032
name: hostile-crash-checked-overflow
title: Hostile script (crash-checked-overflow).
severity: warning
message: "{message}"
---*/
// class: an arithmetic overflow in a checked block
// expect: CL0030
var big = int.MaxValue - Text.Length + Text.Length;
Report(new TextSpan(0, 1), checked(big + 1).ToString());
