/*---
id: HOSTILE226
name: hostile-crash-static-init-per-thread
title: Hostile script (crash-static-init-per-thread).
severity: warning
message: "{message}"
---*/
// class: a static constructor that fails the first post and leaves the type broken for every later one
// expect: CL0030 | CL0034
Report(new TextSpan(0, 1), ("message", Holder.Value));
static class Holder { public static readonly int Value = int.Parse("not a number"); }
