/*---
id: HOSTILE113
name: hostile-async-lambda
title: Hostile script (async-lambda).
severity: warning
message: "{message}"
---*/
// expect: CL0032
Action boom = async () => throw new InvalidOperationException("late"); // <- here
boom();
