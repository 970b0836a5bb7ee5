/*---
id: HOSTILE042
name: hostile-oom-range-tohashset
title: Hostile script (oom-range-tohashset).
severity: warning
message: "{message}"
---*/
// class: a library call that fills a set with two billion items
// expect: CL0034 | CL0030
var set = Enumerable.Range(0, int.MaxValue).ToHashSet();
Report(new TextSpan(0, 1), set.Count.ToString());
