/*---
id: HOSTILE056
name: hostile-hang-report-tostring-loop
title: Hostile script (hang-report-tostring-loop).
severity: warning
message: "{message}"
---*/
// class: a Report argument whose ToString() never returns
// expect: CL0034 | CL0032
Report(new TextSpan(0, 1), ("value", new Endless()));
class Endless { public override string ToString() { while (true) { } } }
