/*---
id: HOSTILE007
name: hostile-crash-record-hashcode-cycle
title: Hostile script (crash-record-hashcode-cycle).
severity: warning
message: "{message}"
---*/
// class: stack overflow: a record's GetHashCode on a cycle
// expect: CL0030 | CL0032
var n = new Node();
n.Next = n;
if (n.GetHashCode() == 1) Report(new TextSpan(0, 1), "hash");
record Node { public Node? Next { get; set; } }
