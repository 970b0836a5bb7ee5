/*---
id: HOSTILE059
name: hostile-hang-exception-filter
title: Hostile script (hang-exception-filter).
severity: warning
message: "{message}"
---*/
// class: a loop that swallows the budget exception in a filter
// expect: CL0034 | CL0032
while (true) { try { while (true) { } } catch (Exception) when (true) { } }
