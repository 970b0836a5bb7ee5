"""Reads `perf script -F comm,pid,tid,ip,sym,dso` of a check (and of its rule host, if it started one); prints,
per process, its samples split into the tier-1 compiler thread, JIT on other threads, the runtime, the kernel and managed
code, and the managed functions that hold the most samples (inclusive). Usage: split.py SAMPLES [TOP]"""
import collections
import re
import sys

HEAD = re.compile(r'^(.*?)\s+(\d+)/(\d+)\s*$')
FRAME = re.compile(r'\s*[0-9a-f]+ (.*) \((.*)\)\s*$')
TIER = re.compile(r'\[(QuickJitted|OptimizedTier1|Optimized|OptimizedTier1OSR|PreJIT|Instrumented\w*)\]$')
METHOD = re.compile(r'\] ([^\s]+)::([^\s(]+)\(')


def samples(path):
    head, frames = None, []
    for line in open(path, errors='replace'):
        if not line.strip():
            if head is not None:
                yield head, frames
            head, frames = None, []
        elif not line[0].isspace():
            head, frames = HEAD.match(line.rstrip()), []
        elif (m := FRAME.match(line)):
            frames.append((m.group(1), m.group(2)))
    if head is not None:
        yield head, frames


def method(symbol):
    m = METHOD.search(TIER.sub('', symbol.strip()))
    return f"{m.group(1).split('.')[-1]}::{m.group(2)}" if m else None


split = collections.defaultdict(collections.Counter)
inclusive = collections.defaultdict(collections.Counter)
for head, frames in samples(sys.argv[1]):
    if head is None:
        continue
    comm, pid = head.group(1).strip(), head.group(2)
    leaf = frames[0][1] if frames else ''
    if comm.startswith('.NET Tiered'):
        kind = 'JIT: tier-1 compiler thread'
    elif any('libclrjit' in dso for _, dso in frames):
        kind = 'JIT: on other threads'
    elif 'libcoreclr' in leaf:
        kind = 'runtime (GC, stubs, type loads)'
    elif 'kernel' in leaf:
        kind = 'kernel'
    else:
        kind = 'managed code'
    split[pid][kind] += 1
    split[pid]['total'] += 1
    for name in {method(symbol) for symbol, _ in frames} - {None}:
        inclusive[pid][name] += 1
for pid in sorted(split, key=lambda p: -split[p]['total']):
    total = split[pid]['total']
    print(f"process {pid}: {total} samples")
    for name, count in split[pid].most_common():
        if name != 'total':
            print(f"  {count:7d} {100 * count / total:5.1f} %  {name}")
    print("  managed functions, inclusive:")
    for name, count in inclusive[pid].most_common(int(sys.argv[2]) if len(sys.argv) > 2 else 25):
        print(f"  {count:7d} {100 * count / total:5.1f} %  {name}")
