/*---
id: HOSTILE213
name: hostile-hang-regex-delegate-creation
title: Hostile script (hang-regex-delegate-creation).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex through 'new Func<…>(Regex.IsMatch)'
// expect: CL0034
var match = new Func<string, string, bool>(Regex.IsMatch);
if (match(new string('a', 40) + "!", "^(a+)+$")) Report(new TextSpan(0, 1), ("message", "matched"));
