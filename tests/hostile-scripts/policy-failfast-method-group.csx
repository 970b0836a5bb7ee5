/*---
id: HOSTILE130
name: hostile-policy-failfast-method-group
title: Hostile script (policy-failfast-method-group).
severity: warning
message: "{message}"
---*/
// class: Environment.FailFast through a method group
// expect: CL0032
Action<string> die = Environment.FailFast; // <- here
die("bye");
