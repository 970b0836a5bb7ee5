/*---
id: HOSTILE110
name: hostile-auto-property
title: Hostile script (auto-property).
severity: warning
message: "{message}"
---*/
// expect: CL0032
public string Last { get; set; } = ""; // <- here
Last = Text;
