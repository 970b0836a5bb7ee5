/*---
id: HOSTILE104
name: hostile-increment-cache-size
title: Hostile script (increment-cache-size).
severity: warning
message: "{message}"
---*/
// expect: CL0032
Regex.CacheSize++; // <- here
