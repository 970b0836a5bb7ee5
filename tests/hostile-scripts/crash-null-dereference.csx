/*---
id: HOSTILE024
name: hostile-crash-null-dereference
title: Hostile script (crash-null-dereference).
severity: warning
message: "{message}"
---*/
// class: a null dereference
// expect: CL0030
string? s = Text.Length > 0 ? null : "x";
Report(new TextSpan(0, s!.Length), "len");
