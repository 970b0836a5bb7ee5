/*---
id: HOSTILE215
name: hostile-hang-regex-infinite-timeout
title: Hostile script (hang-regex-infinite-timeout).
severity: warning
message: "{message}"
---*/
// class: a regex given an infinite timeout of its own
// expect: CL0034
var r = new Regex("^(a+)+$", RegexOptions.None, Regex.InfiniteMatchTimeout);
if (r.IsMatch(new string('a', 40) + "!")) Report(new TextSpan(0, 1), ("message", "matched"));
