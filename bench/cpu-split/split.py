"""Reads `perf script -F comm,ip,sym,dso` output; prints the CPU split and the top managed functions."""
import collections
import re
import sys

FRAME = re.compile(r'\s*[0-9a-f]+ (.*) \((.*)\)\s*$')
TIER = re.compile(r'\[(QuickJitted|OptimizedTier1|Optimized|OptimizedTier1OSR|PreJIT|Instrumented\w*)\]$')
METHOD = re.compile(r'\] ([^\s]+)::([^\s(]+)\(')


def samples(path):
    thread, frames = None, []
    for line in open(path, errors='replace'):
        if not line.strip():
            if thread is not None:
                yield thread, frames
            thread, frames = None, []
        elif not line[0].isspace():
            thread, frames = line.strip(), []
        elif (m := FRAME.match(line)):
            frames.append((m.group(1), m.group(2)))
    if thread is not None:
        yield thread, frames


def method(symbol):
    m = METHOD.search(TIER.sub('', symbol.strip()))
    return f"{m.group(1).split('.')[-1]}::{m.group(2)}" if m else None


split, inclusive, total = collections.Counter(), collections.Counter(), 0
for thread, frames in samples(sys.argv[1]):
    total += 1
    leaf = frames[0][1] if frames else ''
    if thread.startswith('.NET Tiered'):
        split['JIT: tier-1 compiler thread'] += 1
    elif any('libclrjit' in dso for _, dso in frames):
        split['JIT: on the checking threads'] += 1
    elif 'libcoreclr' in leaf:
        split['runtime (GC, stubs, type loads)'] += 1
    elif 'kernel' in leaf:
        split['kernel'] += 1
    else:
        split['managed code'] += 1
    for name in {method(symbol) for symbol, _ in frames} - {None}:
        inclusive[name] += 1
print(f"{total} samples")
for name, count in split.most_common():
    print(f"{count:7d} {100 * count / total:5.1f} %  {name}")
print("managed functions, inclusive:")
for name, count in inclusive.most_common(int(sys.argv[2])):
    print(f"{count:7d} {100 * count / total:5.1f} %  {name}")
