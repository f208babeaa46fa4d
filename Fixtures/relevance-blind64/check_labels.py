#!/usr/bin/env python3
"""Independent label checker (stdlib; reads only the four CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF,
cooked food (jasa-boga) can be made in full within one month, acceptable_nibs equals the suppliers of
acceptable_skus, every row is in the holdout split, and the contract values (NIB, scale, region,
category, money, dates) are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGION_FILES = [os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv"),
                "/work/shared/data/wilayah/kabupaten_kota.csv"]
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cells(value):
    return [c.strip() for c in value.split(";") if c.strip()]


def problems_of(item, supplier, need):
    """The hard constraints this item breaks for this need (empty when it is a candidate)."""
    out = []
    if supplier["active"] != "ya":
        out.append("inactive")
    if supplier["scale"] == "besar":
        out.append("besar")
    if item["category"] != need["category"]:
        out.append("category")
    held = {c.split(":")[0].lower() for c in cells(item["certifications"]) + cells(supplier["certifications"])}
    if any(r.lower() not in held for r in cells(need["required_certifications"])):
        out.append("certificate")
    qty = int(need["quantity"])
    if int(item["unit_price"]) * qty > int(need["budget"]):
        out.append("budget")
    until = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(int(need["fiscal_year"]), 12, 31)
    days = (until - AS_OF).days
    if days < 0 or int(item["lead_time_days"] or 0) > days:
        out.append("lead time")
    if item["capacity_per_month"]:
        months = 1 if need["category"] == "jasa-boga" else min(12, max(1, days // 30))
        if int(item["capacity_per_month"]) * months < qty:
            out.append("capacity")
    return out


def main():
    errors = []
    regions = None
    for path in REGION_FILES:
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                regions = {r["kode"] for r in csv.DictReader(f)}
            break
    if regions is None:
        errors.append("region list not found")
        regions = set()
    suppliers = {s["nib"]: s for s in load("suppliers.csv")}
    items = {i["sku"]: i for i in load("catalog.csv")}
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in SCALES or s["region"] not in regions:
            errors.append(f"bad supplier {s['nib']}")
    for i in items.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not i["unit_price"].isdigit():
            errors.append(f"bad item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATEGORIES or n["region"] not in regions or not n["budget"].isdigit():
            errors.append(f"bad need {n['need_id']}")
    labelled = set()
    for row in load("labels.csv"):
        labelled.add(row["need_id"])
        need = needs.get(row["need_id"])
        if need is None:
            errors.append(f"label for unknown need {row['need_id']}")
            continue
        skus = cells(row["acceptable_skus"])
        if {items[s]["nib"] for s in skus if s in items} != set(cells(row["acceptable_nibs"])):
            errors.append(f"{row['need_id']}: acceptable_nibs differ from the SKUs' suppliers")
        for sku in skus:
            if sku not in items:
                errors.append(f"{row['need_id']}: unknown SKU {sku}")
                continue
            why = problems_of(items[sku], suppliers[items[sku]["nib"]], need)
            if why:
                errors.append(f"{row['need_id']} {sku}: {', '.join(why)}")
        if row["split"] != "holdout":
            errors.append(f"{row['need_id']}: split {row['split']}")
    for missing in sorted(set(needs) - labelled):
        errors.append(f"{missing}: no label row")
    for e in errors:
        print(e)
    empty = sum(1 for r in load("labels.csv") if not r["acceptable_nibs"])
    print(f"{len(needs)} needs ({empty} with none), {len(items)} items, {len(suppliers)} suppliers: "
          f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
