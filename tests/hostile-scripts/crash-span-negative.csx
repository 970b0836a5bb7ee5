/*---
id: HOSTILE224
name: hostile-crash-span-negative
title: Hostile script (crash-span-negative).
severity: warning
message: "{message}"
---*/
// class: a finding with a negative span
// expect: CL0030
Report(new TextSpan(-5, -5), ("message", "negative"));
