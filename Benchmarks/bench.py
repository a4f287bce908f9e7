#!/usr/bin/env python3
"""Runs commands repeatedly and reports wall time and peak RSS per run, with ratios to a baseline.

Usage: python3 Benchmarks/bench.py [--runs N] NAME=COMMAND ... (the first is the baseline)
Each command runs through /bin/sh; figures are medians over N runs (peak RSS: max), measured with
os.wait4 so each child's own rusage is read. Machines here are noisy: compare ratios, not seconds.
"""
import os, sys, time, statistics, shlex, subprocess

def run_once(cmd):
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.dup2(devnull, 2)
        os.execv("/bin/sh", ["/bin/sh", "-c", "exec " + cmd])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024.0, code  # ru_maxrss is KiB on Linux

def main(argv):
    runs = 20
    if argv[:1] == ["--runs"]:
        runs = int(argv[1]); argv = argv[2:]
    specs = [a.split("=", 1) for a in argv]
    results = []
    for name, cmd in specs:
        run_once(cmd)  # warm the page cache
        walls, rss, codes = [], [], set()
        for _ in range(runs):
            w, r, c = run_once(cmd)
            walls.append(w); rss.append(r); codes.add(c)
        results.append((name, statistics.median(walls), max(rss), sorted(codes)))
    base_wall, base_rss = results[0][1], results[0][2]
    print(f"{'command':<28} {'median wall ms':>14} {'x baseline':>10} {'peak RSS MB':>12} {'x baseline':>10}  exit")
    for name, wall, rss, codes in results:
        print(f"{name:<28} {wall*1000:>14.1f} {wall/base_wall:>10.2f} {rss:>12.1f} {rss/base_rss:>10.2f}  {codes}")

if __name__ == "__main__":
    main(sys.argv[1:])
