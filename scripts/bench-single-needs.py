#!/usr/bin/env python3
"""Single-need latency: `match --need ID` for N needs drawn at random (fixed seed) from a needs
CSV, each run a whole process against a warm match cache, timed by wall clock. Prints Markdown
rows with the median, p95 and maximum in ms, and the same for 20 needs of the largest category
(by the rows of the catalog.csv beside NEEDS_CSV).

usage: scripts/bench-single-needs.py SENTRA DB NEEDS_CSV [COUNT]
Every category of the drawn needs is matched once (untimed) first, so the cache is warm."""
import csv
import random
import statistics
import subprocess
import sys
import time


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    sentra, db, needs_csv = sys.argv[1:4]
    count = int(sys.argv[4]) if len(sys.argv) == 5 else 100
    with open(needs_csv, newline="", encoding="utf-8") as f:
        needs = [(row["need_id"], row["category"]) for row in csv.DictReader(f)]
    drawn = random.Random(7).sample(needs, min(count, len(needs)))
    command = lambda need: [sentra, "--db", db, "--quiet", "match", "--need", need, "--as-of", "2026-01-01",
                            "--format", "json"]
    warmed = set()
    for need, category in drawn:
        if category not in warmed:
            subprocess.run(command(need), check=True, stdout=subprocess.DEVNULL)
            warmed.add(category)
    times = {}
    for need, category in drawn:
        start = time.perf_counter()
        subprocess.run(command(need), check=True, stdout=subprocess.DEVNULL)
        times[need] = (time.perf_counter() - start) * 1000

    def row(label, values):
        values = sorted(values)
        p95 = values[min(len(values) - 1, int(round(0.95 * len(values) + 0.5)) - 1)]
        print(f"| {label} | {len(values)} | {statistics.median(values):.1f} | {p95:.1f} | {values[-1]:.1f} |")

    print("| single needs, cache warm | runs | median ms | p95 ms | max ms |")
    print("|---|---:|---:|---:|---:|")
    row(f"{len(drawn)} random needs (seed 7)", times.values())
    # The largest category by catalog rows (the catalog.csv beside the needs): 20 of its needs.
    catalog_csv = needs_csv.rsplit("/", 1)[0] + "/catalog.csv" if "/" in needs_csv else "catalog.csv"
    items = {}
    with open(catalog_csv, newline="", encoding="utf-8") as f:
        for item in csv.DictReader(f):
            items[item["category"]] = items.get(item["category"], 0) + 1
    largest = max(items, key=lambda c: (items[c], c))
    theirs = random.Random(7).sample([n for n, c in needs if c == largest], 20)
    subprocess.run(command(theirs[0]), check=True, stdout=subprocess.DEVNULL)
    big = []
    for need in theirs:
        start = time.perf_counter()
        subprocess.run(command(need), check=True, stdout=subprocess.DEVNULL)
        big.append((time.perf_counter() - start) * 1000)
    row(f"20 needs of the largest category `{largest}` ({items[largest]:,} items)", big)


if __name__ == "__main__":
    main()
