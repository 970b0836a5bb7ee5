/*---
id: HOSTILE132
name: hostile-policy-timer-callback
title: Hostile script (policy-timer-callback).
severity: warning
message: "{message}"
---*/
// class: a timer whose callback throws on another thread
// expect: CL0032
var t = new System.Threading.Timer(_ => throw new InvalidOperationException("timer"), null, 0, 0); // <- here
