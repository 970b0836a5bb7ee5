#!/usr/bin/env python3
"""Whole-process start-up measures (bench/startup/run.sh drives it; not a test).

usage: measure.py PLAN.json ROUNDS
PLAN.json: {"cases": {case: {"cwd": dir, "args": [...], "lsp": bool}},
            "variants": [{"name": n, "command": [...], "env": {...}, "cases": [case, ...], "args": [...]}]}
A variant's "args" (a peer's own command line) replace its cases' "args".
Each round runs every variant on each of its cases once, in plan order (interleaved: load drifts hit every
variant alike). A case with "lsp" starts the server, sends `initialize` and times the answer; the others time
the process to its exit. Prints, per case and variant: min and median wall (ms), median CPU (user+sys of the
process, ms) and the median wall and CPU over the case's first variant.
"""
import json, os, statistics, subprocess, sys, time

def run_process(command, env, cwd, args):
    start = time.perf_counter()
    process = subprocess.Popen(command + args, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command + args)} in {cwd}: exit {process.returncode}: {process.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime

def frame(message):
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body

def read_message(stream):
    length = None
    while True:
        line = stream.readline()
        if not line:
            raise EOFError("the server closed its output")
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode().partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    return json.loads(stream.read(length))

def run_lsp(command, env, cwd, args):
    """Wall time from the process start to the `initialize` answer; CPU of the whole process (through exit)."""
    start = time.perf_counter()
    process = subprocess.Popen(command + args, cwd=cwd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    root = "file://" + os.path.abspath(cwd)
    process.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                               "params": {"processId": os.getpid(), "rootUri": root, "capabilities": {},
                                          "workspaceFolders": [{"uri": root, "name": "bench"}]}}))
    process.stdin.flush()
    while True:
        message = read_message(process.stdout)
        if message.get("id") == 1:
            break
    wall = time.perf_counter() - start
    if "result" not in message:
        sys.exit(f"initialize failed: {message}")
    process.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
    process.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    process.stdin.flush()
    while read_message(process.stdout).get("id") != 2:
        pass
    process.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    return wall, usage.ru_utime + usage.ru_stime

def main():
    plan = json.load(open(sys.argv[1]))
    rounds = int(sys.argv[2])
    results = {}
    for _ in range(rounds):
        for variant in plan["variants"]:
            env = dict(os.environ, **variant.get("env", {}))
            for case in variant["cases"]:
                spec = plan["cases"][case]
                measure = run_lsp if spec.get("lsp") else run_process
                args = variant.get("args", spec["args"])
                results.setdefault((case, variant["name"]), []).append(measure(variant["command"], env, spec["cwd"], args))
    print(f"{'case':<12} {'variant':<34} {'wall min':>9} {'wall med':>9} {'CPU med':>8} {'wall ×':>7} {'CPU ×':>6}  (ms; × = median over the case's first variant)")
    for case in plan["cases"]:
        rows = [(name, runs) for (c, name), runs in results.items() if c == case]
        if not rows:
            continue
        first_wall = statistics.median(w for w, _ in rows[0][1])
        first_cpu = statistics.median(c for _, c in rows[0][1])
        for name, runs in rows:
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            print(f"{case:<12} {name:<34} {min(w for w, _ in runs) * 1000:9.0f} {wall * 1000:9.0f} {cpu * 1000:8.0f} "
                  f"{wall / first_wall:7.2f} {cpu / first_cpu:6.2f}")

if __name__ == "__main__":
    main()
