/*---
id: HOSTILE001
name: hostile-crash-async-void
title: Hostile script (crash-async-void).
severity: warning
message: "{message}"
---*/
// class: async void method that throws after the call returned
// expect: CL0030 | CL0032
async void Boom() => throw new InvalidOperationException("late");
Boom();
Report(new TextSpan(0, 1), "after");
