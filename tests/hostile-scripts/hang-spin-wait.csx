/*---
id: HOSTILE061
name: hostile-hang-spin-wait
title: Hostile script (hang-spin-wait).
severity: warning
message: "{message}"
---*/
// class: a busy wait on the clock
// expect: CL0034 | CL0032
var end = DateTime.UtcNow.AddHours(1);
while (DateTime.UtcNow < end) { }
