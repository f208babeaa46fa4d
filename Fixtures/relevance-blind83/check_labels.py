#!/usr/bin/env python3
"""Fresh label checker (stdlib): reads only this folder's CSVs and the Kemendagri region list.

Exit 0 when the contract values are valid (NIB, scale, region, category, money, dates), every acceptable
SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF (jasa-boga: the whole quantity within
one month's capacity), acceptable_nibs are exactly the suppliers of acceptable_skus, and the split is holdout.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
              "logam", "percetakan", "pertanian", "lainnya"}


def table(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(*cells):
    return {c.split(":")[0].strip().lower() for cell in cells for c in cell.split(";") if c.strip()}


def main():
    problems = []
    regions = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}
    suppliers = {s["nib"]: s for s in table("suppliers.csv")}
    catalog = {i["sku"]: i for i in table("catalog.csv")}
    needs = {n["need_id"]: n for n in table("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            problems.append(f"supplier {s['nib']}: NIB or scale")
        if regions is not None and s["region"] not in regions:
            problems.append(f"supplier {s['nib']}: region {s['region']}")
    for i in catalog.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not i["unit_price"].isdigit():
            problems.append(f"item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATEGORIES or not n["budget"].isdigit() or not n["quantity"].isdigit():
            problems.append(f"need {n['need_id']}")
        if regions is not None and n["region"] not in regions:
            problems.append(f"need {n['need_id']}: region")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labelled = set()
    for row in table("labels.csv"):
        need = needs[row["need_id"]]
        labelled.add(row["need_id"])
        skus = [x for x in row["acceptable_skus"].split(";") if x]
        if {catalog[s]["nib"] for s in skus} != {x for x in row["acceptable_nibs"].split(";") if x}:
            problems.append(f"{row['need_id']}: acceptable_nibs differ from the SKUs' suppliers")
        if row["split"] != "holdout":
            problems.append(f"{row['need_id']}: split {row['split']}")
        quantity = int(need["quantity"])
        deadline = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
        days = (deadline - AS_OF).days
        for sku in skus:
            item, sup = catalog[sku], suppliers[catalog[sku]["nib"]]
            broken = []
            if sup["active"].lower() not in {"ya", "yes", "1"}:
                broken.append("inactive")
            if sup["scale"] == "besar":
                broken.append("besar")
            if item["category"] != need["category"]:
                broken.append("category")
            held = cert_types(item["certifications"], sup["certifications"])
            if not cert_types(need["required_certifications"]) <= held:
                broken.append("certificate")
            if int(item["unit_price"]) * quantity > int(need["budget"]):
                broken.append("budget")
            if int(item["lead_time_days"] or 0) > days:
                broken.append("lead time")
            if item["capacity_per_month"]:
                months = 1 if need["category"] == "jasa-boga" else min(12, max(1, days // 30))
                if int(item["capacity_per_month"]) * months < quantity:
                    broken.append("capacity")
            if broken:
                problems.append(f"{row['need_id']} {sku}: {', '.join(broken)}")
    if labelled != set(needs):
        problems.append("labels.csv does not cover needs.csv exactly")
    for p in problems:
        print(p)
    print(f"{len(needs)} needs, {len(catalog)} items, {len(suppliers)} suppliers: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
