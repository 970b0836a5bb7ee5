/*---
id: HOSTILE121
name: hostile-allocation-after-last-checkpoint
title: Hostile script (allocation-after-last-checkpoint).
severity: warning
message: "{message}"
---*/
// expect: CL0034
var kept = new List<byte[]> { new byte[96 * 1024 * 1024] };
Report(new TextSpan(0, 1), ("message", kept[0].Length + kept.Count));
