#!/usr/bin/env python3
"""Instructions the reading pipeline executes per MB of text, by stage: a deterministic companion to
pipeline.py (seconds) and stages.py (perf samples) for machines too busy or too virtual to time.

Usage: python3 Benchmarks/instructions.py [--mb N] [--top K] BINARY [BASELINE_BINARY]
Runs `geomap places` under valgrind's callgrind on one small report (process start, gazetteer and
lexicon load) and on N MB of Arabic and of English devset reports (pipeline.py's corpus), and prints
the difference per MB, then the inclusive instructions of each callee of `ReportReader.inspect` (the
pipeline stages) on the Arabic file, the small report's share subtracted. With a baseline binary both are measured in the same run and
their ratios are printed. The counts do not depend on machine load, so a 5 % change is real; they
are not time (cache misses and branch mispredictions cost nothing here), so confirm a cut's effect
with pipeline.py before reporting speed.
Needs valgrind (Debian: valgrind); each binary is copied without debug info first (see
allocations.py: valgrind 3.19 cannot read Swift 6.3's DWARF 5).
"""
import os, re, shutil, subprocess, sys, tempfile

from allocations import stripped  # a debug-stripped copy with the resource bundles beside it
from pipeline import corpus  # the same devset text the throughput benchmark reads


def callgrind(binary, report, tmp):
    """Total instructions of one run, and the output file for per-function figures."""
    out = os.path.join(tmp, "callgrind.out")
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, "places",
                          report], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    total = re.search(r"refs:\s+([\d,]+)", run.stderr)
    if not total:
        sys.exit(f"instructions.py: no instruction count from callgrind on {report}")
    return int(total.group(1).replace(",", "")), out


def stages(out):
    """Inclusive instructions of each function `ReportReader.inspect` calls, largest first."""
    tree = subprocess.run(["callgrind_annotate", "--tree=calling", "--inclusive=yes", out],
                          capture_output=True, text=True, check=True).stdout
    lines = subprocess.run(["swift", "demangle", "--simplified"], input=tree, capture_output=True,
                           text=True).stdout.split("\n")
    rows = {}
    for i, line in enumerate(lines):
        if "*  ???:ReportReader.inspect(" not in line:
            continue
        for callee in lines[i + 1:]:
            m = re.match(r"\s*([\d,]+) .*>\s+\?\?\?:(.*?) \(\d+x\)", callee)
            if not m:
                break
            name = m.group(2).removeprefix("specialized ")
            rows[name] = rows.get(name, 0) + int(m.group(1).replace(",", ""))
        break
    return sorted(rows.items(), key=lambda kv: -kv[1])


def main(argv):
    mb, top = 2.0, 12
    while argv and argv[0].startswith("--"):
        if argv[0] == "--mb": mb = float(argv[1])
        if argv[0] == "--top": top = int(argv[1])
        argv = argv[2:]
    if not argv:
        sys.exit("usage: instructions.py [--mb N] [--top K] BINARY [BASELINE_BINARY]")
    for tool in ("valgrind", "callgrind_annotate", "objcopy"):
        if not shutil.which(tool):
            sys.exit(f"instructions.py: {tool} is not installed (Debian: valgrind, binutils)")
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    devset = os.path.join(root, "Tests/GeomapCoreTests/Fixtures/devset")
    small = os.path.join(devset, "en-01-douma-jarabulus.txt")
    tmp = tempfile.mkdtemp(prefix="geomap-instructions-")
    files = {}
    for language, pattern in (("Arabic", "ar-*.txt"), ("English", "en-*.txt")):
        path = os.path.join(tmp, f"{language}.txt")
        files[language] = (path, corpus(os.path.join(devset, pattern), mb, path) / 1e6)
    per_mb, stage_rows = [], []
    for binary in argv[:2]:
        copy = stripped(binary, tmp)
        start, out = callgrind(copy, small, tmp)
        start_stages = dict(stages(out))
        rates = {}
        for language, (path, size) in files.items():
            total, out = callgrind(copy, path, tmp)
            rates[language] = (total - start) / size
            if language == "Arabic":
                # Steady state: what the small report's run spent in each stage (one-time lexicon
                # set-up under `swift_once`, for one) is subtracted, as for the totals.
                stage_rows.append({name: count - start_stages.get(name, 0) for name, count in stages(out)})
        per_mb.append(rates)
        print(f"{binary}: start-up {start / 1e6:,.1f}M instructions;"
              + "".join(f" {lang} {rate / 1e6:,.1f}M per MB;" for lang, rate in rates.items()))
    if len(per_mb) == 2:
        print("ratio " + ", ".join(f"{lang} {per_mb[0][lang] / per_mb[1][lang]:.3f}" for lang in per_mb[0])
              + f" ({argv[0]} / {argv[1]})")
    size = files["Arabic"][1]
    print(f"\nstages on {size:.2f} MB Arabic, inclusive M instructions per MB (callees of ReportReader.inspect)")
    names = [n for n in sorted(stage_rows[0], key=lambda n: -stage_rows[0][n]) if stage_rows[0][n] > 0][:top]
    for name in names:
        figures = "".join(f" {rows.get(name, 0) / size / 1e6:>9,.1f}" for rows in stage_rows)
        ratio = (f" {stage_rows[0][name] / stage_rows[1][name]:>6.2f}"
                 if len(stage_rows) == 2 and stage_rows[1].get(name) else "")
        print(f"{figures}{ratio}  {name[:90]}")


if __name__ == "__main__":
    main(sys.argv[1:])
