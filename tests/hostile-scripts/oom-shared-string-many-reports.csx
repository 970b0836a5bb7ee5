/*---
id: HOSTILE241
name: hostile-oom-shared-string-many-reports
title: Hostile script (oom-shared-string-many-reports).
severity: warning
message: "{message}"
---*/
// class: one 8 MB string reported a hundred times: allocated once, copied a hundred times on its way to the parent
// expect: CL0034
var big = new string('x', 4_000_000);
for (var i = 0; i < 100; i++) Report(new TextSpan(0, 1), ("message", big));
