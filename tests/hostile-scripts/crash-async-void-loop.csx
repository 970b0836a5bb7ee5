/*---
id: HOSTILE003
name: hostile-crash-async-void-loop
title: Hostile script (crash-async-void-loop).
severity: warning
message: "{message}"
---*/
// class: async void that re-posts itself forever
// expect: CL0034 | CL0032
async void Again(int n) { await System.Threading.Tasks.Task.Yield(); Again(n + 1); }
Again(0);
