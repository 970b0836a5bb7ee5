/*---
id: HOSTILE045
name: hostile-hang-while-true
title: Hostile script (hang-while-true).
severity: warning
message: "{message}"
---*/
// class: an endless loop in the script
// expect: CL0034
var n = 0;
while (true) n++;
