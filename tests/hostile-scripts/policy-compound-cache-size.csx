/*---
id: HOSTILE103
name: hostile-compound-cache-size
title: Hostile script (compound-cache-size).
severity: warning
message: "{message}"
---*/
// expect: CL0032
Regex.CacheSize += 1000; // <- here
