/*---
id: HOSTILE102
name: hostile-default-thread-culture
title: Hostile script (default-thread-culture).
severity: warning
message: "{message}"
---*/
// expect: CL0032
var fr = new CultureInfo("fr-FR");
(CultureInfo.DefaultThreadCurrentCulture, var n) = (fr, 1); // <- here
