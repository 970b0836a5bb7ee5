/*---
id: HOSTILE049
name: hostile-hang-regex-replace-named
title: Hostile script (hang-regex-replace-named).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex in Regex.Replace with named arguments
// expect: CL0034
var s = Regex.Replace(input: new string('a', 40) + "!", pattern: "^(a+)+$", replacement: "");
Report(new TextSpan(0, 1), s);
