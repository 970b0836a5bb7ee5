/*---
id: HOSTILE033
name: hostile-crash-format-exception
title: Hostile script (crash-format-exception).
severity: warning
message: "{message}"
---*/
// class: a malformed composite format
// expect: CL0030
Report(new TextSpan(0, 1), string.Format("{0", Text));
