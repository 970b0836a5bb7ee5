/*---
id: HOSTILE108
name: hostile-instance-field
title: Hostile script (instance-field).
severity: warning
message: "{message}"
---*/
// expect: CL0032
private string previous = ""; // <- here
if (previous.Length > 0) Report(new TextSpan(0, 0), previous);
previous = Text;
