#!/usr/bin/env python3
"""Writes Geodata/data/common-words.tsv: everyday Arabic and English words that are also spelled like
places somewhere («دعم» is a Jordanian village, «المرة» an Iraqi one, "No" a name of Ho in Ghana).

geomap asks for place context (a trigger noun or a separate preposition) before it maps such a word,
unless the place is a country, a governorate or a city of 100,000 in or around the theatre.

Source: the PyPI package wordfreq 3.1.1 (code Apache-2.0; word frequencies CC-BY-SA 4.0, built from
Wikipedia, subtitles, news, books, web text, Twitter and Reddit; see its README). A word is listed when
its Zipf frequency is at least 4.8 in Arabic (about one in 60,000 words) or 4.5 in English. (At 5.0,
«بيان» (statement, 4.89) and «إشارة» (4.81) were read as Bayān in Kuwait and al-Ashara; at 4.5 «الطبقة»
(Tabqa, 4.55) and «دير» (4.52) needed context.)

Usage: pip install wordfreq==3.1.1 && python3 Geodata/build_common_words.py
"""
import os
from wordfreq import top_n_list, zipf_frequency

THRESHOLDS = {"ar": 4.8, "en": 4.5}


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "common-words.tsv")
    rows = []
    for lang, threshold in THRESHOLDS.items():
        for word in top_n_list(lang, 20000):
            if zipf_frequency(word, lang) < threshold:
                continue
            if not word.isalpha():
                continue
            if lang == "ar" and not all("\u0600" <= c <= "\u06ff" for c in word):
                continue
            rows.append((lang, word))
    rows = sorted(set(rows))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# lang\tword — common words from wordfreq 3.1.1 (CC-BY-SA 4.0); rebuilt by Geodata/build_common_words.py\n")
        for lang, word in rows:
            f.write(f"{lang}\t{word}\n")
    print(f"wrote {out}: {len(rows)} words")


if __name__ == "__main__":
    main()
