/*---
id: HOSTILE002
name: hostile-crash-async-lambda
title: Hostile script (crash-async-lambda).
severity: warning
message: "{message}"
---*/
// class: async lambda (async void delegate) that throws
// expect: CL0030 | CL0032
Action boom = async () => throw new InvalidOperationException("late");
boom();
