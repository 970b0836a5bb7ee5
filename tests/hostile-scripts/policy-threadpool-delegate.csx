/*---
id: HOSTILE131
name: hostile-policy-threadpool-delegate
title: Hostile script (policy-threadpool-delegate).
severity: warning
message: "{message}"
---*/
// class: an exception on a thread-pool thread queued through a delegate
// expect: CL0032
System.Threading.WaitCallback boom = _ => throw new InvalidOperationException("pool"); // <- here
System.Threading.ThreadPool.QueueUserWorkItem(boom);
