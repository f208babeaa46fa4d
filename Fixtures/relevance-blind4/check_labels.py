#!/usr/bin/env python3
"""Fresh label checker for relevance-blind4 (stdlib; reads only the four CSVs and the Kemendagri list).

Exits 0 when the contract values are valid (NIB, scale, region, category, money) and every acceptable SKU
meets every hard constraint of CONTRACT.md "Matching" at AS_OF (jasa-boga: the whole quantity in one
month), and acceptable_nibs are exactly the suppliers of acceptable_skus.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
REGION_FILES = [os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv"),
                "/work/shared/data/wilayah/kabupaten_kota.csv"]


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def problems():
    regions = None
    for path in REGION_FILES:
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                regions = {r["kode"] for r in csv.DictReader(f)}
            break
    suppliers = {s["nib"]: s for s in read("suppliers.csv")}
    catalog = {i["sku"]: i for i in read("catalog.csv")}
    needs = {n["need_id"]: n for n in read("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            yield f"supplier {s['nib']}: bad NIB or scale"
        if regions is not None and s["region"] not in regions:
            yield f"supplier {s['nib']}: unknown region {s['region']}"
    for i in catalog.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not i["unit_price"].isdigit():
            yield f"item {i['sku']}: bad supplier, category or price"
    for n in needs.values():
        if n["category"] not in CATEGORIES or not n["budget"].isdigit() or (regions and n["region"] not in regions):
            yield f"need {n['need_id']}: bad category, budget or region"
    for lab in read("labels.csv"):
        n = needs[lab["need_id"]]
        skus = [s for s in lab["acceptable_skus"].split(";") if s]
        if {catalog[s]["nib"] for s in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            yield f"{lab['need_id']}: acceptable_nibs are not the SKUs' suppliers"
        if lab["split"] != "holdout":
            yield f"{lab['need_id']}: split {lab['split']}"
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        for sku in skus:
            i = catalog[sku]
            s = suppliers[i["nib"]]
            held = {c.split(":")[0].strip().lower() for c in (i["certifications"] + ";" + s["certifications"]).split(";") if c}
            broken = [why for why, bad in [
                ("inactive", s["active"] != "ya"),
                ("besar", s["scale"] == "besar"),
                ("category", i["category"] != n["category"]),
                ("certificate", any(c not in held for c in n["required_certifications"].split(";") if c)),
                ("budget", int(i["unit_price"]) * qty > int(n["budget"])),
                ("lead time", int(i["lead_time_days"] or 0) > days),
                ("capacity", bool(i["capacity_per_month"]) and int(i["capacity_per_month"]) * months < qty),
            ] if bad]
            if broken:
                yield f"{lab['need_id']} {sku}: {', '.join(broken)}"


def main():
    found = list(problems())
    for p in found:
        print(p)
    print(f"{len(read('needs.csv'))} needs, {len(read('catalog.csv'))} items, {len(read('suppliers.csv'))} suppliers: "
          f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
