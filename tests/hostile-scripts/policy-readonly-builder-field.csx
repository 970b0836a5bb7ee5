/*---
id: HOSTILE109
name: hostile-readonly-builder-field
title: Hostile script (readonly-builder-field).
severity: warning
message: "{message}"
---*/
// expect: CL0032
private readonly StringBuilder kept = new(); // <- here
kept.Append(Text);
