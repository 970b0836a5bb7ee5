/*---
id: HOSTILE136
name: hostile-policy-conditional-weak-table
title: Hostile script (policy-conditional-weak-table).
severity: warning
message: "{message}"
---*/
// class: a ConditionalWeakTable kept in a static field
// expect: CL0032
static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> Seen = new(); // <- here
Seen.AddOrUpdate(Text, 1);
