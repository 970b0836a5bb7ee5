/*---
id: HOSTILE112
name: hostile-async-void
title: Hostile script (async-void).
severity: warning
message: "{message}"
---*/
// expect: CL0032
private async void Boom() => throw new InvalidOperationException("late"); // <- here
Boom();
