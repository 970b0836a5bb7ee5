/*---
id: HOSTILE066
name: hostile-crash-post-level
title: Hostile script (crash-post-level).
severity: warning
level: post
message: "{message}"
---*/
// class: a stack overflow in a post-level rule
// expect: CL0030
var a = new object[1];
a[0] = a;
var h = System.Collections.StructuralComparisons.StructuralEqualityComparer.GetHashCode(a);
if (h == 4) ReportAt(Post.Span, null, ("message", "never"));
