#!/bin/sh
# Batch benchmark for `geomap export` (issue 6): parallel vs single-thread, wall time and peak RSS.
#
# Usage: sh Benchmarks/batch.sh [GEOMAP] [RUNS]
#   GEOMAP defaults to .build/release/geomap (build it with `swift build -c release`).
# Generates two corpora from the devset into /tmp/geomap-bench (not committed):
#   typical/  1,000 reports of typical size (each a devset report with a varied dateline);
#   bulk/     100 MB of text in total (1,000 reports of ~100 kB, devset reports concatenated).
# Each corpus is exported with --merge (one map) and per report, with the default jobs (all cores)
# and with --jobs 1, in the same bench.py command so the ratios compare like with like.
set -eu
GEOMAP=${1:-.build/release/geomap}
RUNS=${2:-3}
HERE=$(cd "$(dirname "$0")" && pwd)
DEVSET="$HERE/../Tests/GeomapCoreTests/Fixtures/devset"
ROOT=/tmp/geomap-bench
rm -rf "$ROOT" && mkdir -p "$ROOT/typical" "$ROOT/bulk" "$ROOT/ok"

# Only reports the reader gets through on this build (a reader crash would end the whole batch).
for f in "$DEVSET"/*.txt; do
  if "$GEOMAP" export "$f" -o "$ROOT/probe" >/dev/null 2>&1 || [ $? -le 2 ]; then cp "$f" "$ROOT/ok/"; else
    echo "skipped (reader fails on it): $(basename "$f")" >&2; fi
done
python3 - "$ROOT" <<'PY'
import os, sys, glob
root = sys.argv[1]
texts = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(root, "ok", "*.txt")))]
# Typical: each devset report, varied so no two files are byte-identical.
for i in range(1000):
    t = texts[i % len(texts)]
    with open(os.path.join(root, "typical", f"r{i:04d}.txt"), "w", encoding="utf-8") as f:
        f.write(t + f"\n\nRef {i}.\n")
# Bulk: 100 MB in 1,000 files, each devset reports back to back from a different start.
target, total, i = 100 * 1000 * 1000, 0, 0
while total < target:
    parts, size, k = [], 0, i
    while size < 100_000:
        parts.append(texts[k % len(texts)]); size += len(texts[k % len(texts)].encode()); k += 1
    body = "\n\n".join(parts) + f"\n\nRef {i}.\n"
    data = body.encode()
    with open(os.path.join(root, "bulk", f"b{i:04d}.txt"), "wb") as f:
        f.write(data)
    total += len(data); i += 1
print(f"typical: 1000 files, {sum(os.path.getsize(p) for p in glob.glob(root+'/typical/*'))/1e6:.1f} MB; "
      f"bulk: {i} files, {total/1e6:.1f} MB", file=sys.stderr)
PY
for corpus in typical bulk; do
  echo "== $corpus"
  python3 "$HERE/bench.py" --runs "$RUNS" \
    "$corpus-merge-jobs1=$GEOMAP export $ROOT/$corpus --merge all --jobs 1 -o $ROOT/out-m1" \
    "$corpus-merge-parallel=$GEOMAP export $ROOT/$corpus --merge all -o $ROOT/out-m2" \
    "$corpus-each-jobs1=$GEOMAP export $ROOT/$corpus --jobs 1 -o $ROOT/out-e1" \
    "$corpus-each-parallel=$GEOMAP export $ROOT/$corpus -o $ROOT/out-e2"
  for a in m e; do
    if diff -r "$ROOT/out-${a}1" "$ROOT/out-${a}2" >/dev/null; then echo "$corpus/$a: jobs 1 and parallel outputs identical"; else
      echo "$corpus/$a: OUTPUTS DIFFER between jobs 1 and parallel"; fi
  done
done
