/*---
id: HOSTILE105
name: hostile-culture-data
title: Hostile script (culture-data).
severity: warning
message: "{message}"
---*/
// expect: CL0032
CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator = "!"; // <- here
