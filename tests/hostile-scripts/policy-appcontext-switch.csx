/*---
id: HOSTILE137
name: hostile-policy-appcontext-switch
title: Hostile script (policy-appcontext-switch).
severity: warning
message: "{message}"
---*/
// class: AppContext.SetSwitch changing the process's behaviour
// expect: CL0032
AppContext.SetSwitch("System.Globalization.Invariant", true); // <- here
