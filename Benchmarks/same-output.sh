#!/bin/sh
# Checks that two geomap binaries read reports identically: exports (GeoJSON + KML) and `places`
# output for each given report must be byte-identical.
# Usage: Benchmarks/same-output.sh OLD_BINARY NEW_BINARY REPORT...
set -u
old=$1; new=$2; shift 2
work=$(mktemp -d)
status=0
for report in "$@"; do
  for bin in old new; do
    eval "exe=\$$bin"
    mkdir -p "$work/$bin"
    rm -rf "$work/$bin"/*
    "$exe" export "$report" --geojson --kml -o "$work/$bin" >/dev/null 2>&1
    "$exe" places "$report" >"$work/$bin/places.txt" 2>&1
  done
  if diff -r "$work/old" "$work/new" >/dev/null; then echo "same: $report"; else echo "DIFFERENT: $report"; status=1; fi
done
rm -rf "$work"
exit $status
