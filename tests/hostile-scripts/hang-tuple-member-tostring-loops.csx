/*---
id: HOSTILE124
name: hostile-hang-tuple-member-tostring-loops
title: Hostile script (hang-tuple-member-tostring-loops).
severity: warning
message: "{message}"
---*/
// class: a tuple whose member's ToString never returns, formatted as a Report argument
// expect: CL0034
Report(new TextSpan(0, 1), ("message", (1, new Spin())));
sealed class Spin { public override string ToString() { var i = 0; while (true) { i++; } } }
