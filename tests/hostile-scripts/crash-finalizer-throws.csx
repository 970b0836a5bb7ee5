/*---
id: HOSTILE125
name: hostile-crash-finalizer-throws
title: Hostile script (crash-finalizer-throws).
severity: warning
message: "{message}"
---*/
// class: an exception in a finalizer (the finalizer thread)
// expect: CL0030 | CL0032
for (var i = 0; i < 1000; i++) { _ = new Doomed(); }
var junk = new List<byte[]>();
for (var i = 0; i < 200; i++) { junk.Add(new byte[100_000]); }
Report(new TextSpan(0, 1), ("message", junk.Count));
sealed class Doomed { ~Doomed() => throw new InvalidOperationException("finalizer"); }
