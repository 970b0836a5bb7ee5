/*---
id: HOSTILE135
name: hostile-policy-interlocked-static
title: Hostile script (policy-interlocked-static).
severity: warning
message: "{message}"
---*/
// class: Interlocked on a static counter shared by every post
// expect: CL0032
static int seen; // <- here
if (Interlocked.Increment(ref seen) > 1) Report(new TextSpan(0, 1), ("message", seen));
