/*---
id: HOSTILE107
name: hostile-static-readonly-collection
title: Hostile script (static-readonly-collection).
severity: warning
message: "{message}"
---*/
// expect: CL0032
static readonly List<string> Seen = new(); // <- here
Seen.Add(Text);
Report(new TextSpan(0, 0), string.Join("|", Seen));
