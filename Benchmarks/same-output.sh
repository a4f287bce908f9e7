#!/bin/sh
# Checks that two geomap binaries read reports identically: for each report file, the exports
# (GeoJSON + KML), `places` and `inspect --format json` output must be byte-identical; for each
# labelled folder (a devset/heldout set), the `eval` scores must be.
# Usage: Benchmarks/same-output.sh OLD_BINARY NEW_BINARY REPORT_OR_LABELLED_FOLDER...
set -u
old=$1; new=$2; shift 2
work=$(mktemp -d)
status=0
for report in "$@"; do
  for bin in old new; do
    eval "exe=\$$bin"
    mkdir -p "$work/$bin"
    rm -rf "$work/$bin"/*
    if [ -d "$report" ]; then
      "$exe" eval "$report" >"$work/$bin/eval.txt" 2>&1
    else
      "$exe" export "$report" --geojson --kml -o "$work/$bin" >/dev/null 2>&1
      "$exe" places "$report" >"$work/$bin/places.txt" 2>&1
      "$exe" inspect "$report" --format json >"$work/$bin/inspect.json" 2>&1
    fi
  done
  if diff -r "$work/old" "$work/new" >/dev/null; then echo "same: $report"; else echo "DIFFERENT: $report"; status=1; fi
done
rm -rf "$work"
exit $status
