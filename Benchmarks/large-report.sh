#!/bin/sh
# Peak RSS and time of `geomap export` on a large report made by repeating the Arabic seed.
#   Benchmarks/large-report.sh [megabytes=50]   (uses .build/release/geomap; builds it if missing)
# Prints: size, seconds, peak RSS (kB), exit status. GNU time is needed (/usr/bin/time).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
mb=${1:-50}
bin="$root/.build/release/geomap"
[ -x "$bin" ] || swift build -c release --product geomap --package-path "$root" >&2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$root/Tests/GeomapCoreTests/Fixtures/reports/seed-000.ar.txt" "$work/large.txt" "$mb" <<'PY'
import sys
seed = open(sys.argv[1], "rb").read()
target = int(sys.argv[3]) * 1_000_000
with open(sys.argv[2], "wb") as f:
    written = 0
    while written < target:
        f.write(seed + b"\n")
        written += len(seed) + 1
PY
size=$(wc -c < "$work/large.txt")
/usr/bin/time -f "size=$size bytes  time=%e s  peak_rss=%M kB  exit=%x" \
  "$bin" export -o "$work/out" "$work/large.txt" 2>&1 >/dev/null | tail -1
