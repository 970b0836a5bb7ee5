/*---
id: HOSTILE123
name: hostile-crash-record-member-tostring-throws
title: Hostile script (crash-record-member-tostring-throws).
severity: warning
message: "{message}"
---*/
// class: a record whose member's ToString throws, formatted as a Report argument
// expect: CL0030 | CL0032
Report(new TextSpan(0, 1), ("message", new Holder(new Bad())));
record Holder(Bad Inner);
sealed class Bad { public override string ToString() => throw new InvalidOperationException("format"); }
