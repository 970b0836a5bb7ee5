/*---
id: HOSTILE055
name: hostile-hang-library-indexof
title: Hostile script (hang-library-indexof).
severity: warning
message: "{message}"
---*/
// class: one long library call: quadratic IndexOf over a long string
// expect: CL0034
var s = new string('a', 5_000_000) + "b";
var n = 0;
foreach (var _ in Enumerable.Range(0, 10_000)) n += s.IndexOf("aab", StringComparison.Ordinal);
Report(new TextSpan(0, 1), n.ToString());
