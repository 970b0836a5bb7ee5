/*---
id: HOSTILE062
name: hostile-hang-enumerable-infinite
title: Hostile script (hang-enumerable-infinite).
severity: warning
message: "{message}"
---*/
// class: an infinite iterator consumed by a library call
// expect: CL0034
IEnumerable<int> Forever() { while (true) yield return 1; }
Report(new TextSpan(0, 1), Forever().Count().ToString());
