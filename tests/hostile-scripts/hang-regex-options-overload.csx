/*---
id: HOSTILE134
name: hostile-hang-regex-options-overload
title: Hostile script (hang-regex-options-overload).
severity: warning
message: "{message}"
---*/
// class: a catastrophic regex through the (input, pattern, options) overload, compiled
// expect: CL0034
var hits = Regex.Matches(new string('a', 40) + "!", "^(a+)+$", RegexOptions.Compiled | RegexOptions.IgnoreCase).Count;
Report(new TextSpan(0, 1), ("message", hits));
