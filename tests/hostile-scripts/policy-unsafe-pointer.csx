/*---
id: HOSTILE133
name: hostile-policy-unsafe-pointer
title: Hostile script (policy-unsafe-pointer).
severity: warning
message: "{message}"
---*/
// class: unsafe code writing through a null pointer
// expect: CL0032
unsafe { int* p = (int*)0; *p = 1; } // <- here
