/*---
id: HOSTILE101
name: hostile-deconstruction-culture
title: Hostile script (deconstruction-culture).
severity: warning
message: "{message}"
---*/
// expect: CL0032
(CultureInfo.CurrentCulture, _) = (new CultureInfo("tr-TR"), 0); // <- here
