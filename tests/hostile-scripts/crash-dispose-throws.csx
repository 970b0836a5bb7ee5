/*---
id: HOSTILE126
name: hostile-crash-dispose-throws
title: Hostile script (crash-dispose-throws).
severity: warning
message: "{message}"
---*/
// class: an exception from Dispose at the end of a using block
// expect: CL0030
using (var d = new Bomb()) { Report(new TextSpan(0, 1), ("message", "inside")); }
sealed class Bomb : IDisposable { public void Dispose() => throw new InvalidOperationException("dispose"); }
