#!/usr/bin/env python3
"""Instructions the reading pipeline executes per MB of text, by stage: a deterministic companion to
pipeline.py (seconds) and stages.py (perf samples) for machines too busy or too virtual to time.

Usage: python3 Benchmarks/instructions.py [--mb N] [--top K] BINARY [BASELINE_BINARY]
Runs `geomap places` under valgrind's callgrind on one small report (start-up: process start,
gazetteer and lexicon load) and on pipeline.py's four texts, Arabic and English: every labelled
report as its own file (reports: what a map refresh job reads, each report paying its own date and
tables), the same files read a second time by the same process (second reading: each report
still pays its own date and tables, but its spellings and names have all been met; the run that
reads them once is subtracted), the same reports joined into one file (distinct text, where first
analyses of new spellings and first gazetteer look-ups of new names weigh far more than in the
steady state), and N MB of devset reports repeated in one file (the steady state). Each text is
read after a small report of its language, and that report's run alone is subtracted, as in
pipeline.py. It prints instructions per MB of each text, then the inclusive
instructions of each callee of `ReportReader.inspect` (the pipeline stages) and of
`ReportReader.read(_:date:)` ("read: …", around the stages) on the three Arabic texts,
the small reports' share subtracted. With a baseline binary both are measured in the same run and
their ratios are printed. The counts do not depend on machine load (and, with Swift's hash seed fixed, two runs of a binary
give the same counts), so a 1 % change is real; they
are not time (cache misses and branch mispredictions cost nothing here), so confirm a cut's effect
with pipeline.py before reporting speed.
Needs valgrind (Debian: valgrind); each binary is copied without debug info first (see
allocations.py: valgrind 3.19 cannot read Swift 6.3's DWARF 5).
"""
import glob, os, re, shutil, subprocess, sys, tempfile

from allocations import stripped  # a debug-stripped copy with the resource bundles beside it
from pipeline import corpus, distinct  # the texts the throughput benchmark reads


def callgrind(binary, reports, tmp):
    """Total instructions of one run of `places` on `reports`, and the output file for per-function figures."""
    out = os.path.join(tmp, "callgrind.out")
    # A fixed hash seed: Swift seeds its hashing per process, which moved two runs of the same binary
    # by up to ±0.9M instructions per MB (more than most changes measured here); with it they agree.
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", binary, "places",
                          *reports], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True,
                         env=dict(os.environ, SWIFT_DETERMINISTIC_HASHING="1"))
    total = re.search(r"refs:\s+([\d,]+)", run.stderr)
    if not total:
        sys.exit(f"instructions.py: no instruction count from callgrind on {reports}")
    return int(total.group(1).replace(",", "")), out


def stages(out):
    """Inclusive instructions of each function `ReportReader.inspect` calls (the pipeline stages),
    and of each other function `ReportReader.read(_:date:)` calls (what a report pays around them:
    its own date, notes), the latter named "read: …"; largest first."""
    tree = subprocess.run(["callgrind_annotate", "--tree=calling", "--inclusive=yes", out],
                          capture_output=True, text=True, check=True).stdout
    lines = subprocess.run(["swift", "demangle", "--simplified"], input=tree, capture_output=True,
                           text=True).stdout.split("\n")
    rows = {}
    # Since round 32 reports are read in batches, each stage run over them in a closure of `inspect`
    # (or `read`), the claims' dates in `finish` and a long report's segments in `readSegments`: a
    # closure counts as the function it is in, `finish` as `inspect`, `readSegments` as `read`. (A
    # one-time set-up lands in the stage of the batch that first needs it: the date tables, which the
    # small report's `datePhrases` builds, are first asked by `ControlExtractor.extract` in a batch of
    # reports, so on the reports' first reading that stage shows ~22M more and `datePhrases` as much less.)
    parents = {
        "inspect": ("ReportReader.inspect(", "ReportReader.finish("),
        "read": ("ReportReader.read(_:date:)", "ReportReader.readSegments("),
    }
    def own(name):
        """`name` without "specialized " and "closure #N in " (any depth), so a closure is its function."""
        while True:
            stripped = re.sub(r"^(?:specialized |(?:implicit )?closure #\d+ (?:\(.*?\) )?in )", "", name)
            if stripped == name:
                return name
            name = stripped
    for i, line in enumerate(lines):
        head = re.search(r"\*  \?\?\?:(.*?) \[", line)
        kind = next((k for k, ps in parents.items() if head and own(head.group(1)).startswith(ps)), None)
        if not kind:
            continue
        for callee in lines[i + 1:]:
            m = re.match(r"\s*([\d,]+) .*>\s+\?\?\?:(.*?) \(\d+x\)", callee)
            if not m:
                break
            name = own(m.group(2))
            if any(name.startswith(ps) for ps in parents.values()):
                continue  # the stages' closures, `finish`, or the specialized copy of `read`
            if kind == "read":
                name = "read: " + name
            rows[name] = rows.get(name, 0) + int(m.group(1).replace(",", ""))
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
    fixtures = os.path.join(root, "Tests/GeomapCoreTests/Fixtures")
    devset = os.path.join(fixtures, "devset")
    small = {"Arabic": os.path.join(devset, "ar-01-ghouta-harasta.txt"),
             "English": os.path.join(devset, "en-01-douma-jarabulus.txt")}
    tmp = tempfile.mkdtemp(prefix="geomap-instructions-")
    texts = {}  # (kind, language) -> (paths, MB)
    for language, prefix in (("Arabic", "ar"), ("English", "en")):
        # Every labelled report as its own file, as a map refresh job reads them.
        paths = sorted(glob.glob(os.path.join(fixtures, "*", f"{prefix}-*.txt")))
        texts["reports", language] = (paths, sum(os.path.getsize(p) for p in paths) / 1e6)
        texts["second reading", language] = texts["reports", language]
        path = os.path.join(tmp, f"repeated-{language}.txt")
        texts["repeated", language] = ([path], corpus(os.path.join(devset, f"{prefix}-*.txt"), mb, path) / 1e6)
        path = os.path.join(tmp, f"distinct-{language}.txt")
        texts["distinct", language] = ([path], distinct([os.path.join(fixtures, "*", f"{prefix}-*.txt")], path) / 1e6)
    per_mb, stage_rows = [], {"reports": [], "second reading": [], "repeated": [], "distinct": []}
    for binary in argv[:2]:
        copy = stripped(binary, tmp)
        start, _ = callgrind(copy, [small["English"]], tmp)
        rates = {}
        bases = {}  # language -> (instructions, stages) of its small report's run alone
        firsts = {}  # language -> (instructions, stages) of the run reading its reports once
        for (kind, language), (paths, size) in texts.items():
            # Each text is read after a small report of its language, whose run alone is
            # subtracted: process start, gazetteer load and the lexicons a first report of that
            # language builds cancel out.
            if language not in bases:
                base, out = callgrind(copy, [small[language]], tmp)
                bases[language] = (base, dict(stages(out)))
            base, base_stages = bases[language]
            if kind == "second reading":
                base, base_stages = firsts[language]
                total, out = callgrind(copy, [small[language], *paths, *paths], tmp)
            else:
                total, out = callgrind(copy, [small[language], *paths], tmp)
            if kind == "reports":
                firsts[language] = (total, dict(stages(out)))
            rates[f"{language} {kind}"] = (total - base) / size
            if language == "Arabic":
                # What the baseline run spent in each stage is subtracted, as for the totals.
                stage_rows[kind].append({name: count - base_stages.get(name, 0) for name, count in stages(out)})
        per_mb.append(rates)
        print(f"{binary}: start-up {start / 1e6:,.1f}M instructions; per MB:"
              + ";".join(f" {name} {rate / 1e6:,.1f}M" for name, rate in rates.items()))
    if len(per_mb) == 2:
        print("ratio " + ", ".join(f"{name} {per_mb[0][name] / per_mb[1][name]:.3f}" for name in per_mb[0])
              + f" ({argv[0]} / {argv[1]})")
    for kind, rows_of_kind in stage_rows.items():
        size = texts[kind, "Arabic"][1]
        print(f"\nstages on {size:.2f} MB {kind} Arabic, inclusive M instructions per MB"
              " (callees of ReportReader.inspect, and \"read: …\" of ReportReader.read around it)")
        first = rows_of_kind[0]
        # Largest in either binary first, so a stage one of them no longer has still shows.
        largest = lambda n: -max(rows.get(n, 0) for rows in rows_of_kind)
        names = [n for n in sorted(set().union(*rows_of_kind), key=largest) if -largest(n) > 0][:top]
        for name in names:
            figures = "".join(f" {rows.get(name, 0) / size / 1e6:>9,.1f}" for rows in rows_of_kind)
            ratio = (f" {first.get(name, 0) / rows_of_kind[1][name]:>6.2f}"
                     if len(rows_of_kind) == 2 and rows_of_kind[1].get(name) else "")
            print(f"{figures}{ratio}  {name[:90]}")


if __name__ == "__main__":
    main(sys.argv[1:])
