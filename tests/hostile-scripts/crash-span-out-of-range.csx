/*---
id: HOSTILE223
name: hostile-crash-span-out-of-range
title: Hostile script (crash-span-out-of-range).
severity: warning
message: "{message}"
---*/
// class: a finding whose span lies far outside the post
// expect: CL0030
Report(new TextSpan(int.MaxValue - 1, 1), ("message", "far"));
