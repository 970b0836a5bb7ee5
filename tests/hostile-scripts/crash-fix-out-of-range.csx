/*---
id: HOSTILE225
name: hostile-crash-fix-out-of-range
title: Hostile script (crash-fix-out-of-range).
severity: warning
message: "{message}"
---*/
// class: a fix whose span lies outside the post, handed to the parent
// expect: CL0030
Report(new TextSpan(0, 1), Fix(new TextSpan(1_000_000, 5), "x", "far"), ("message", "fix"));
