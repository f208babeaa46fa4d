#!/usr/bin/env python3
"""Checks the blind3 labels from the CSVs alone (stdlib; shares no code with build.py).

Exit 0 when the contract values are valid (13-digit unique NIBs, scales, Kemendagri region codes, category slugs,
integer rupiah, ISO dates) and every acceptable SKU of labels.csv meets every hard constraint of CONTRACT.md
"Matching" at AS_OF: active supplier, not besar, the need's category, every required certificate held by the item
or its supplier, unit_price x quantity within the budget, lead time within the days to needed_by (else 31 December),
capacity: jasa-boga within one month, everything else capacity x min(12, max(1, days // 30)).
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
SLUGS = ("makanan minuman jasa-boga fesyen kerajinan perhiasan furnitur herbal kosmetik logam percetakan "
         "pertanian lainnya").split()
SCALES = ("mikro", "kecil", "menengah", "koperasi", "besar")


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def region_codes():
    for path in (os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv"),
                 "/work/shared/data/wilayah/kabupaten_kota.csv"):
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                return {r["kode"] for r in csv.DictReader(f)}
    return None


def types(cell):
    return {part.split(":", 1)[0].strip() for part in cell.split(";") if part.strip()}


def main():
    problems = []
    codes = region_codes()
    suppliers = load("suppliers.csv")
    catalog = load("catalog.csv")
    needs = load("needs.csv")
    labels = load("labels.csv")
    by_nib = {}
    for s in suppliers:
        if not re.fullmatch(r"[0-9]{13}", s["nib"]) or s["nib"] in by_nib:
            problems.append(f"supplier NIB {s['nib']!r} not 13 digits or repeated")
        by_nib[s["nib"]] = s
        if s["scale"] not in SCALES:
            problems.append(f"supplier {s['nib']}: scale {s['scale']!r}")
        if codes is not None and s["region"] not in codes:
            problems.append(f"supplier {s['nib']}: region {s['region']!r}")
    by_sku = {}
    for i in catalog:
        if i["sku"] in by_sku:
            problems.append(f"SKU {i['sku']} repeated")
        by_sku[i["sku"]] = i
        if i["nib"] not in by_nib:
            problems.append(f"item {i['sku']}: unknown supplier")
        if i["category"] not in SLUGS:
            problems.append(f"item {i['sku']}: category {i['category']!r}")
        for col in ("unit_price", "capacity_per_month", "lead_time_days"):
            if i[col] and not i[col].isdigit():
                problems.append(f"item {i['sku']}: {col} {i[col]!r}")
    by_id = {}
    for n in needs:
        by_id[n["need_id"]] = n
        if n["category"] not in SLUGS:
            problems.append(f"need {n['need_id']}: category")
        if codes is not None and n["region"] not in codes:
            problems.append(f"need {n['need_id']}: region")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
        if not (n["quantity"].isdigit() and n["budget"].isdigit()):
            problems.append(f"need {n['need_id']}: quantity/budget")
    if {l["need_id"] for l in labels} != set(by_id):
        problems.append("labels.csv does not label exactly the needs of needs.csv")
    for l in labels:
        n = by_id[l["need_id"]]
        skus = [x for x in l["acceptable_skus"].split(";") if x]
        if {by_sku[x]["nib"] for x in skus} != {x for x in l["acceptable_nibs"].split(";") if x}:
            problems.append(f"{n['need_id']}: acceptable_nibs are not the suppliers of acceptable_skus")
        if l["split"] != "holdout":
            problems.append(f"{n['need_id']}: split {l['split']!r}")
        qty, budget = int(n["quantity"]), int(n["budget"])
        until = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (until - AS_OF).days
        for sku in skus:
            i = by_sku[sku]
            s = by_nib[i["nib"]]
            broken = []
            if s["active"] not in ("ya", "yes", "1"):
                broken.append("inactive supplier")
            if s["scale"] == "besar":
                broken.append("besar supplier")
            if i["category"] != n["category"]:
                broken.append("other category")
            missing = types(n["required_certifications"]) - types(i["certifications"]) - types(s["certifications"])
            if missing:
                broken.append(f"missing {sorted(missing)}")
            if int(i["unit_price"]) * qty > budget:
                broken.append("over budget")
            if i["lead_time_days"] and int(i["lead_time_days"]) > days:
                broken.append("lead time")
            if i["capacity_per_month"]:
                months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
                if int(i["capacity_per_month"]) * months < qty:
                    broken.append("capacity")
            if broken:
                problems.append(f"{n['need_id']} {sku}: {', '.join(broken)}")
    for p in problems:
        print(p)
    print(f"{len(needs)} needs, {len(catalog)} items, {len(suppliers)} suppliers: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
