/*---
id: HOSTILE008
name: hostile-crash-record-equals-cycle
title: Hostile script (crash-record-equals-cycle).
severity: warning
message: "{message}"
---*/
// class: stack overflow: a record's Equals on a cycle
// expect: CL0030 | CL0032 | CL0034
var a = new Node(); a.Next = a;
var b = new Node(); b.Next = b;
if (a.Equals(b)) Report(new TextSpan(0, 1), "equal");
record Node { public Node? Next { get; set; } }
