/*---
id: HOSTILE111
name: hostile-record-holding-list
title: Hostile script (record-holding-list).
severity: warning
message: "{message}"
---*/
// expect: CL0032
record Box(List<string> Items);
static readonly Box Kept = new([]); // <- here
Kept.Items.Add(Text);
