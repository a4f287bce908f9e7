#!/usr/bin/env python3
"""Heap allocations of the reading pipeline: blocks per MB of Arabic in steady state, and the geomap
functions that make them. Runs `geomap places` under valgrind's DHAT on one small report (process
start, gazetteer and lexicon load) and on N MB of devset reports, and prints the difference per MB,
in total and by the innermost geomap frame (DEPTH frames with their callers).

Usage: python3 Benchmarks/allocations.py [--mb N] [--depth D] [--top K] BINARY [BASELINE_BINARY]
With a baseline binary both are measured in the same run and their ratio is printed.
Needs valgrind (Debian: valgrind). Valgrind 3.19 cannot read the DWARF 5 debug info Swift 6.3 writes,
so each binary is copied with `objcopy --strip-debug` first (symbols stay; the copy looks for its
resource bundles beside itself, so they are linked in too).
Allocation counts are deterministic: unlike timings, they need no repeated runs.
"""
import collections, glob, json, os, re, shutil, subprocess, sys, tempfile

from pipeline import corpus  # the same devset text the throughput benchmark reads

OWN = re.compile(r"\$s(10GeomapCore|6geomap)\S*")


def stripped(binary, tmp):
    """A copy without debug info, with the binary's resource bundles beside it."""
    folder = tempfile.mkdtemp(dir=tmp)
    copy = os.path.join(folder, "geomap")
    subprocess.run(["objcopy", "--strip-debug", binary, copy], check=True)
    for bundle in glob.glob(os.path.join(os.path.dirname(os.path.abspath(binary)), "*.resources")):
        os.symlink(bundle, os.path.join(folder, os.path.basename(bundle)))
    return copy


def dhat(binary, report, tmp, depth):
    """Total blocks and blocks by call site (innermost `depth` geomap frames) of one run."""
    out = os.path.join(tmp, "dhat.json")
    subprocess.run(["valgrind", "--tool=dhat", f"--dhat-out-file={out}", binary, "places", report],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    data = json.load(open(out))
    sites = collections.Counter()
    for point in data["pps"]:
        frames = [data["ftbl"][i] for i in point["fs"]]
        own = [m.group(0) for m in (OWN.search(f) for f in frames) if m]
        sites["\t".join(own[:depth]) if own else "(no geomap frame)"] += point["tbk"]
    return sum(sites.values()), sites


def demangle(names):
    r = subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
                       capture_output=True, text=True)
    return r.stdout.split("\n") if r.returncode == 0 else names


def main(argv):
    mb, depth, top = 1.0, 1, 25
    while argv and argv[0].startswith("--"):
        if argv[0] == "--mb": mb = float(argv[1])
        if argv[0] == "--depth": depth = int(argv[1])
        if argv[0] == "--top": top = int(argv[1])
        argv = argv[2:]
    if not argv:
        sys.exit("usage: allocations.py [--mb N] [--depth D] [--top K] BINARY [BASELINE_BINARY]")
    if not shutil.which("valgrind"):
        sys.exit("allocations.py: valgrind is not installed (Debian: apt-get install valgrind)")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    devset = os.path.join(root, "Tests/GeomapCoreTests/Fixtures/devset")
    small = os.path.join(devset, "ar-01-raqqa-evacuation.txt")
    if not os.path.exists(small):
        small = sorted(glob.glob(os.path.join(devset, "ar-*.txt")))[0]
    tmp = tempfile.mkdtemp(prefix="geomap-allocs-")
    big = os.path.join(tmp, "arabic.txt")
    size = corpus(os.path.join(devset, "ar-*.txt"), mb, big) / 1e6
    rates = []
    for binary in argv[:2]:
        copy = stripped(binary, tmp)
        start_total, start_sites = dhat(copy, small, tmp, depth)
        big_total, big_sites = dhat(copy, big, tmp, depth)
        per_mb = (big_total - start_total) / size
        rates.append(per_mb)
        print(f"{binary}: {big_total} blocks on {size:.2f} MB, {start_total} at start-up;"
              f" {per_mb:,.0f} blocks per MB in steady state")
        rows = sorted(((big_sites[k] - start_sites.get(k, 0), k) for k in big_sites), reverse=True)[:top]
        for (count, _), name in zip(rows, demangle([k for _, k in rows])):
            print(f"{count / size:>10,.0f}  {name.replace(chr(9), ' < ')[:150]}")
        print()
    if len(rates) == 2 and rates[1] > 0:
        print(f"blocks per MB, {argv[0]} / {argv[1]}: {rates[0] / rates[1]:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
