#!/bin/sh
# Builds the libFuzzer target and runs it: ./run.sh [runs] [extra libFuzzer flags...]
# Default 1,000,000 executions; the corpus starts from the fixture reports and grows in
# $FUZZ_WORK (default /tmp/geomap-fuzz). Crashing inputs land in $FUZZ_WORK/artifacts/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runs=${1:-1000000}
[ $# -gt 0 ] && shift
work=${FUZZ_WORK:-/tmp/geomap-fuzz}
scratch=${FUZZ_BUILD:-/tmp/geomap-fuzz-build}
mkdir -p "$work/corpus" "$work/artifacts"
# Seeds: the fixture reports, cut to the max length, plus a few hostile snippets.
for f in "$here"/../Tests/GeomapCoreTests/Fixtures/reports/*.txt; do
  head -c 4096 "$f" > "$work/corpus/seed-$(basename "$f")"
done
printf '<b>"Raqqa" & '"'"'Mayadin'"'"' ]]> </kml> الرقة\n' > "$work/corpus/specials.txt"
printf '\357\273\277\342\200\256\330\247\331\204\330\261\331\202\330\251\342\200\215\360\237\222\245\n' > "$work/corpus/bidi.txt"
swift build -c release --package-path "$here" --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer >&2
bin="$scratch/release/FuzzPipeline"
exec "$bin" -runs="$runs" -max_len="${FUZZ_MAX_LEN:-4096}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$@" "$work/corpus"
