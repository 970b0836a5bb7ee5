/*---
id: HOSTILE009
name: hostile-crash-record-tostring-cycle
title: Hostile script (crash-record-tostring-cycle).
severity: warning
message: "{message}"
---*/
// class: stack overflow: a record's ToString on a cycle
// expect: CL0030 | CL0032 | CL0034
var a = new Node(); a.Next = a;
Report(new TextSpan(0, 1), a.ToString());
record Node { public Node? Next { get; set; } }
