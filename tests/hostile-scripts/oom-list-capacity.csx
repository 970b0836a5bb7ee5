/*---
id: HOSTILE144
name: hostile-oom-list-capacity
title: Hostile script (oom-list-capacity).
severity: warning
message: "{message}"
---*/
// class: one library call reserving a list of two billion longs (16 GB)
// expect: CL0034 | CL0030
var list = new List<long>(int.MaxValue - 64);
list.Add(Text.Length);
Report(new TextSpan(0, 1), ("message", string.Join(",", list) + list.Capacity));
