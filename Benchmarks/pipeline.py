#!/usr/bin/env python3
"""Throughput of the whole reading pipeline (decode → recognize → resolve → relate), not counting
process start and gazetteer load, against the PyPI package geotext on the same English text.

Usage: python3 Benchmarks/pipeline.py [--mb N] [--runs R] BINARY
Builds N MB of Arabic and N MB of English text from the labelled devset (reports repeated, so
every byte is realistic report prose), then times `geomap places FILE` on the big file and on one
small report; the difference is the pipeline's own time. geotext is timed in-process (its import
excluded) on the English file. Figures are medians of R runs, by wall clock and by CPU time (user +
system of the child process, or of this process for geotext): the target is per core, and CPU time
is the figure least disturbed by other work on a shared machine. Compare ratios, not seconds.
"""
import glob, os, resource, statistics, subprocess, sys, tempfile, time

def corpus(pattern, mb, path):
    texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(pattern))]
    blob = "\n\n".join(texts)
    with open(path, "w", encoding="utf-8") as f:
        written = 0
        while written < mb * 1_000_000:
            f.write(blob + "\n\n")
            written += len(blob.encode("utf-8")) + 2
    return os.path.getsize(path)

def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime

def timed(cmd, runs):
    """Median wall-clock and median CPU seconds of `cmd` over `runs` runs."""
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), child_cpu()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        walls.append(time.perf_counter() - t)
        cpus.append(child_cpu() - c)
    return statistics.median(walls), statistics.median(cpus)

def main(argv):
    mb, runs = 2, 3
    while argv and argv[0].startswith("--"):
        if argv[0] == "--mb": mb = float(argv[1])
        if argv[0] == "--runs": runs = int(argv[1])
        argv = argv[2:]
    binary = argv[0]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    devset = os.path.join(root, "Tests/GeomapCoreTests/Fixtures/devset")
    tmp = tempfile.mkdtemp(prefix="geomap-bench-")
    ar = os.path.join(tmp, "arabic.txt"); en = os.path.join(tmp, "english.txt")
    small = os.path.join(devset, "en-01-douma-jarabulus.txt")
    ar_bytes = corpus(os.path.join(devset, "ar-*.txt"), mb, ar)
    en_bytes = corpus(os.path.join(devset, "en-*.txt"), mb, en)
    start = timed([binary, "places", small], runs)
    ar_big = timed([binary, "places", ar], runs)
    en_big = timed([binary, "places", en], runs)
    ar_t = [big - s for big, s in zip(ar_big, start)]
    en_t = [big - s for big, s in zip(en_big, start)]
    from geotext import GeoText  # noqa: E402  (import time excluded)
    text = open(en, encoding="utf-8").read()
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        GeoText(text)
        walls.append(time.perf_counter() - t)
        cpus.append(time.process_time() - c)
    gt = [statistics.median(walls), statistics.median(cpus)]
    print(f"process start + gazetteer load: {start[0]*1000:.0f} ms wall, {start[1]*1000:.0f} ms CPU")
    print(f"{'pipeline':<34} {'MB':>6} {'wall s':>7} {'MB/s':>7} {'CPU s':>7} {'MB/s':>7} {'x geotext (CPU)':>16}")
    rows = [("geotext (English, places only)", en_bytes, gt),
            ("geomap places, English", en_bytes, en_t),
            ("geomap places, Arabic", ar_bytes, ar_t)]
    geotext_rate = en_bytes / 1e6 / gt[1]
    for name, size, (wall, cpu) in rows:
        print(f"{name:<34} {size/1e6:>6.2f} {wall:>7.2f} {size/1e6/wall:>7.2f} {cpu:>7.2f} {size/1e6/cpu:>7.2f}"
              f" {size/1e6/cpu/geotext_rate:>16.2f}")

if __name__ == "__main__":
    main(sys.argv[1:])
