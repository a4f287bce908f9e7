#!/bin/sh
# CPU time spent finding dates (RelativeDateResolver.find and everything it calls) in
# `geomap places` on N MB of Arabic (or English) report text, for a baseline binary and a
# candidate, measured with perf in the same run so machine load affects both alike.
#   Benchmarks/dates.sh BASELINE_BINARY [CANDIDATE_BINARY=.build/release/geomap] [MB=2] [RUNS=3] [ar|en]
# Prints per binary: total CPU ms, date-finding ms and share (medians of RUNS), then the ratio.
# The corpus is built as Benchmarks/pipeline.py builds it (devset reports of one language, repeated).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
base=$1
cand=${2:-$root/.build/release/geomap}
mb=${3:-2}
runs=${4:-3}
lang=${5:-ar}
command -v perf >/dev/null || { echo "dates.sh: perf is not installed" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$root" "$mb" "$work/corpus.txt" "$lang" <<'PY'
import sys, os
sys.path.insert(0, os.path.join(sys.argv[1], "Benchmarks"))
import pipeline
pipeline.corpus(os.path.join(sys.argv[1], "Tests/GeomapCoreTests/Fixtures/devset", sys.argv[4] + "-*.txt"),
                float(sys.argv[2]), sys.argv[3])
PY
# One perf run: prints "total_ms date_ms".
measure() {
  perf record -q -g -o "$work/p.data" "$1" places "$work/corpus.txt" >/dev/null 2>&1
  perf report -i "$work/p.data" --children --sort symbol -g none 2>/dev/null | awk '
    /^# Event count/ { total = $NF / 1e6 }
    /RelativeDateResolver[^ ]*4find2in9reference/ { sub("%", "", $1); if ($1 + 0 > share) share = $1 + 0 }
    END { printf "%.0f %.1f\n", total, total * share / 100 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: >"$work/base" ; : >"$work/cand"
i=0
while [ $i -lt "$runs" ]; do  # interleaved, so a burst of load hits both
  measure "$base" >>"$work/base"
  measure "$cand" >>"$work/cand"
  i=$((i + 1))
done
for f in base cand; do
  total=$(cut -d' ' -f1 "$work/$f" | median)
  dates=$(cut -d' ' -f2 "$work/$f" | median)
  echo "$f: total ${total} ms CPU, date finding ${dates} ms ($(echo "$dates $total" | awk '{ printf "%.1f", 100 * $1 / $2 }') %)"
  eval "${f}_dates=$dates"
done
echo "date finding: baseline / candidate = $(echo "$base_dates $cand_dates" | awk '{ printf "%.1f", $1 / $2 }')x"
