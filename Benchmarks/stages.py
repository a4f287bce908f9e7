#!/usr/bin/env python3
"""Where the reading pipeline spends its time: samples `geomap places FILE` with Linux perf and
attributes every sample to the pipeline stage it falls in (the frame just below
`ReportReader.inspect`: ReportText set-up, actors, recognition, resolution, control, movements,
claim dating), plus the innermost geomap function for the top entries.

Usage: python3 Benchmarks/stages.py BINARY FILE [TOP]
Needs `perf` (Debian: linux-perf). Shares are of all samples of the run, process start and
gazetteer load included ("outside"); compare shares, not seconds.
"""
import collections, os, subprocess, sys, tempfile


def samples(data):
    out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym"], capture_output=True, text=True).stdout
    for block in out.split("\n\n"):
        syms = []
        for line in block.strip().split("\n"):
            parts = line.strip().split(None, 1)
            if parts:
                syms.append(parts[1] if len(parts) > 1 else "")
        if syms:
            yield syms


def demangle(names):
    try:
        r = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names), capture_output=True, text=True)
        return r.stdout.split("\n")
    except OSError:
        return names


def main(argv):
    binary, path = argv[0], argv[1]
    top = int(argv[2]) if len(argv) > 2 else 15
    data = os.path.join(tempfile.mkdtemp(prefix="geomap-perf-"), "perf.data")
    subprocess.run(["perf", "record", "-F", "2000", "-g", "-o", data, binary, "places", path],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    stages, inner = collections.Counter(), collections.Counter()
    total = 0
    for syms in samples(data):
        total += 1
        at = next((i for i, s in enumerate(syms) if "ReportReaderV7inspect" in s), None)
        stages["(outside the pipeline)" if at is None else ("(inspect itself)" if at == 0 else syms[at - 1])] += 1
        inner[next((s for s in syms if "GeomapCore" in s), "(no geomap frame)")] += 1
    for title, counter in (("stage", stages), ("innermost geomap function", inner)):
        rows = counter.most_common(top)
        names = demangle([n for n, _ in rows])
        print(f"{'share':>7}  {title} ({total} samples)")
        for (_, c), name in zip(rows, names):
            print(f"{100 * c / total:6.1f}%  {name[:110]}")
        print()


if __name__ == "__main__":
    main(sys.argv[1:])
