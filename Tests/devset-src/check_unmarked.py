#!/usr/bin/env python3
"""Review aid: lists, per report, known place spellings that occur outside any gold span."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(HERE, "..", "GeomapCoreTests", "Fixtures")
surfaces = set()
for folder in ("devset", "reports"):
    for f in os.listdir(os.path.join(FIX, folder)):
        if f.endswith(".gold.json"):
            for t in json.load(open(os.path.join(FIX, folder, f)))["toponyms"]:
                s = t["surface"]
                surfaces.add(s[2:] if s.startswith("لل") else s)
surfaces |= set(json.load(open(os.path.join(HERE, "places.json"))))
for folder in ("devset", "reports"):
    for f in sorted(os.listdir(os.path.join(FIX, folder))):
        if not f.endswith(".gold.json"):
            continue
        name = f[:-10]
        text = open(os.path.join(FIX, folder, name + ".txt"), encoding="utf-8").read()
        spans = [(t["start"], t["end"]) for t in json.load(open(os.path.join(FIX, folder, f)))["toponyms"]]
        for s in sorted(surfaces, key=len, reverse=True):
            for m in re.finditer(re.escape(s), text, re.I if s.isascii() else 0):
                a, b = m.start(), m.end()
                if any(x < b and a < y for x, y in spans):
                    continue
                if s.isascii() and ((a > 0 and text[a-1].isalpha()) or (b < len(text) and text[b].isalpha())):
                    continue
                ctx = text[max(0, a-25):b+25].replace("\n", " ")
                print(f"{name}: '{s}' unmarked: …{ctx}…")
                spans.append((a, b))
