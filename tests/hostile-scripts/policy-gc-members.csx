/*---
id: HOSTILE143
name: hostile-policy-gc-members
title: Hostile script (policy-gc-members).
severity: warning
message: "{message}"
---*/
// class: GC members that affect the whole process
// expect: CL0032
GC.AddMemoryPressure(long.MaxValue / 2); // <- here
GC.Collect();
