/*---
id: HOSTILE028
name: hostile-crash-lazy-reentrant
title: Hostile script (crash-lazy-reentrant).
severity: warning
message: "{message}"
---*/
// class: a Lazy value whose factory reads itself
// expect: CL0030
Lazy<int>? self = null;
self = new Lazy<int>(() => self!.Value + 1);
Report(new TextSpan(0, 1), self.Value.ToString());
