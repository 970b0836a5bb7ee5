/*---
id: HOSTILE053
name: hostile-hang-library-string-replace
title: Hostile script (hang-library-string-replace).
severity: warning
message: "{message}"
---*/
// class: one long library call: repeated string replacement on a huge string
// expect: CL0034 | CL0030
var s = new string('a', 50_000_000);
for (var i = 0; i < 1000; i++) s = s.Replace("a", "a");
Report(new TextSpan(0, 1), s.Length.ToString());
