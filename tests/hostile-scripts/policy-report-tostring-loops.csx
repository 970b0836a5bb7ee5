/*---
id: HOSTILE120
name: hostile-report-tostring-loops
title: Hostile script (report-tostring-loops).
severity: warning
message: "{message}"
---*/
// expect: CL0034
class Forever { public override string ToString() { while (true) { } } }
Report(new TextSpan(0, 1), ("message", new Forever()));
