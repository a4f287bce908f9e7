#!/usr/bin/env python3
"""Builds the labelled development set from annotated sources.

Each `src/NAME.src` holds header lines, a line `---`, then the report text with toponyms marked as
[[surface|Place name]]. This script strips the marks, writes NAME.txt (UTF-8, LF) and NAME.gold.json
into the output folder, with Unicode scalar offsets (Python str indices) computed from the stripped
text, and checks that every span reads back as its surface and every place has coordinates.

Header lines:
  date: YYYY-MM-DD
  move: ACTOR | From place | To place | kind | status
  control: ACTOR | Place | holds|besieged|captured|contested|lost [| partial]
  out: reports            (optional; default devset)

Usage: python3 Tests/devset-src/build_devset.py   (from anywhere; paths are relative to this file)
       python3 Tests/devset-src/build_devset.py --check   (writes nothing; exits 1 naming every
       committed .txt / .gold.json that differs from what its source builds: a gold file corrected by
       hand without its source drifts, and the next rebuild would undo the correction)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "GeomapCoreTests", "Fixtures")
ACTORS = set("ISIS SDF YPG REGIME RUS USA COALITION IRAN HEZBOLLAH HTS OPPOSITION TUR UN IRAQ PMF PESHMERGA".split())
KINDS = set("evacuation withdrawal redeployment advance safe_passage transfer_of_wounded displacement convoy".split())
STATUSES = set("reported claimed agreed agreed_in_principle proposed under_negotiation denied completed".split())
CONTROLS = set("holds besieged captured contested lost".split())
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]|]+)\]\]")
CHECK = "--check" in sys.argv[1:]
DIFFERENT = []


def fail(name, msg):
    sys.exit(f"{name}: {msg}")


def build(path, places):
    name = os.path.basename(path)[:-4]
    raw = open(path, encoding="utf-8").read()
    head, sep, body = raw.partition("\n---\n")
    if not sep:
        fail(name, "no '---' line between header and text")
    gold = {"date": None, "toponyms": [], "movements": [], "control": []}
    out = "devset"
    for line in head.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, _, value = line.partition(":")
        fields = [f.strip() for f in value.split("|")]
        key = key.strip()
        if key == "date":
            gold["date"] = fields[0]
        elif key == "out":
            out = fields[0]
        elif key == "move":
            actor, frm, to, kind, status = fields
            if actor not in ACTORS or kind not in KINDS or status not in STATUSES:
                fail(name, f"bad move line: {line}")
            gold["movements"].append({"actor": actor, "from": frm, "to": to, "kind": kind, "status": status})
        elif key == "control":
            actor, place, control = fields[:3]
            if actor not in ACTORS or control not in CONTROLS:
                fail(name, f"bad control line: {line}")
            item = {"actor": actor, "place": place, "control": control}
            if len(fields) > 3 and fields[3] == "partial":
                item["partial"] = True
            gold["control"].append(item)
        else:
            fail(name, f"unknown header line: {line}")
    text = ""
    last = 0
    for m in MARK.finditer(body):
        text += body[last:m.start()]
        surface, place = m.group(1), m.group(2)
        if place not in places:
            fail(name, f"place '{place}' is not in places.json")
        lat, lon = places[place]
        start = len(text)
        text += surface
        gold["toponyms"].append({"start": start, "end": len(text), "surface": surface, "name": place,
                                 "lat": lat, "lon": lon})
        last = m.end()
    text += body[last:]
    if "[[" in text or "]]" in text:
        fail(name, "unbalanced [[ ]] mark")
    if "\r" in text:
        fail(name, "text contains CR")
    named = {t["name"] for t in gold["toponyms"]}
    for mv in gold["movements"]:
        for p in (mv["from"], mv["to"]):
            if p not in named:
                fail(name, f"movement place '{p}' is not marked in the text")
    for c in gold["control"]:
        if c["place"] not in named:
            fail(name, f"control place '{c['place']}' is not marked in the text")
    for t in gold["toponyms"]:
        assert text[t["start"]:t["end"]] == t["surface"]
    folder = os.path.join(FIXTURES, out)
    os.makedirs(folder, exist_ok=True)
    txt_path = os.path.join(folder, name + ".txt")
    if out == "reports" and os.path.exists(txt_path):
        # Seed reports are given; the annotation must reproduce them exactly, never rewrite them.
        if open(txt_path, encoding="utf-8", newline="").read() != text:
            fail(name, f"stripped text differs from the existing {txt_path}")
    elif CHECK:
        if not os.path.exists(txt_path) or open(txt_path, encoding="utf-8", newline="").read() != text:
            DIFFERENT.append(txt_path)
    else:
        with open(txt_path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    gold_path = os.path.join(folder, name + ".gold.json")
    if CHECK:
        if not os.path.exists(gold_path) or open(gold_path, encoding="utf-8").read() != dumps(gold):
            DIFFERENT.append(gold_path)
    else:
        with open(gold_path, "w", encoding="utf-8") as f:
            f.write(dumps(gold))
    return name, len(gold["toponyms"]), len(gold["movements"]), len(gold["control"])


def dumps(gold):
    """JSON with one annotation per line, so diffs of gold files stay readable."""
    item = lambda x: json.dumps(x, ensure_ascii=False)
    parts = []
    for key in ("toponyms", "movements", "control"):
        rows = ",\n  ".join(item(x) for x in gold[key])
        parts.append(f' "{key}": [\n  {rows}\n ]' if rows else f' "{key}": []')
    return "{\n" + f' "date": {item(gold["date"])},\n' + ",\n".join(parts) + "\n}\n"


def main():
    places = {k: tuple(v) for k, v in json.load(open(os.path.join(HERE, "places.json"), encoding="utf-8")).items()}
    src = os.path.join(HERE, "src")
    totals = [0, 0, 0]
    files = sorted(f for f in os.listdir(src) if f.endswith(".src"))
    for f in files:
        name, t, m, c = build(os.path.join(src, f), places)
        totals = [totals[0] + t, totals[1] + m, totals[2] + c]
        print(f"{name}: {t} toponyms, {m} movements, {c} control")
    print(f"{len(files)} reports: {totals[0]} toponyms, {totals[1]} movements, {totals[2]} control")
    if DIFFERENT:
        rel = lambda p: os.path.relpath(p, os.path.join(HERE, "..", ".."))
        sys.exit("differs from its source: " + ", ".join(rel(p) for p in DIFFERENT))


if __name__ == "__main__":
    main()
