#!/usr/bin/env python3
"""Does reading cost grow linearly with the text? Times `geomap places` on generated reports 4× and
16× larger than a base size and prints the time ratios (linear: about 4 and 16; quadratic: 16 and
256). Two shapes that once went quadratic: a scraped list of place names with no full stop (every
mention took every other as an anchor) and ordinary prose repeated.

Usage: python3 Benchmarks/scaling.py BINARY [BASE_ITEMS] [RUNS]
Process start and gazetteer load are subtracted (an empty-ish report is timed too). Medians of RUNS.
"""
import os, statistics, subprocess, sys, tempfile, time

NAMES = ["الرقة", "الميادين", "البوكمال", "تدمر", "دير الزور", "الموصل", "حمص", "دمشق"]
PROSE = ("خرجت اليوم الدفعة الأولى من مقاتلي المعارضة وعائلاتهم من حي الوعر في مدينة حمص، متجهة إلى "
         "مدينة جرابلس في ريف حلب الشمالي، بعد حصار فرضته قوات النظام على الحي. ")


def one_sentence_list(n):
    return "خروج مقاتلي التنظيم من " + " و".join(NAMES[k % len(NAMES)] for k in range(n))


def prose(n):
    return PROSE * n


def timed(binary, path, runs):
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([binary, "places", path], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t)
    return statistics.median(walls)


def main(argv):
    binary = argv[0]
    base = int(argv[1]) if len(argv) > 1 else 600
    runs = int(argv[2]) if len(argv) > 2 else 3
    tmp = tempfile.mkdtemp(prefix="geomap-scaling-")
    start_path = os.path.join(tmp, "start.txt")
    open(start_path, "w", encoding="utf-8").write("دمشق\n")
    start = timed(binary, start_path, runs)
    print(f"process start + gazetteer load: {start * 1000:.0f} ms (subtracted)")
    print(f"{'shape':<18} {'items':>7} {'seconds':>8} {'ratio':>7}")
    for shape, make in (("one-sentence list", one_sentence_list), ("prose", prose)):
        first = None
        for n in (base, base * 4, base * 16):
            path = os.path.join(tmp, f"{shape[:4]}-{n}.txt")
            open(path, "w", encoding="utf-8").write(make(n) + "\n")
            t = max(timed(binary, path, runs) - start, 1e-3)
            first = first or t
            print(f"{shape:<18} {n:>7} {t:>8.3f} {t / first:>7.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
