#!/usr/bin/env python3
"""Independent label checker for relevance-blind5 (stdlib; reads only the CSVs and the Kemendagri list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF,
jasa-boga items can make the whole quantity in one month, acceptable_nibs are exactly the suppliers of
acceptable_skus, and the contract values (NIB, scale, region, category, money, dates) are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    return {c.split(":")[0].strip().lower().replace("p-irt", "pirt") for c in cell.split(";") if c.strip()}


def main():
    problems = []
    codes = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            codes = {r["kode"] for r in csv.DictReader(f)}
    suppliers = {s["nib"]: s for s in load("suppliers.csv")}
    items = {i["sku"]: i for i in load("catalog.csv")}
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]):
            problems.append(f"supplier NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            problems.append(f"supplier scale {s['nib']}")
        if codes is not None and s["region"] not in codes:
            problems.append(f"supplier region {s['region']}")
    for i in items.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not i["unit_price"].isdigit():
            problems.append(f"item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATEGORIES or (codes is not None and n["region"] not in codes):
            problems.append(f"need {n['need_id']}")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labels = load("labels.csv")
    if {l["need_id"] for l in labels} != set(needs):
        problems.append("labels do not cover exactly the needs")
    for l in labels:
        n = needs[l["need_id"]]
        skus = [x for x in l["acceptable_skus"].split(";") if x]
        if {items[x]["nib"] for x in skus} != {x for x in l["acceptable_nibs"].split(";") if x}:
            problems.append(f"{l['need_id']}: acceptable_nibs are not the SKUs' suppliers")
        qty = int(n["quantity"])
        until = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (until - AS_OF).days
        for sku in skus:
            it, s = items[sku], suppliers[items[sku]["nib"]]
            broken = []
            if s["active"] != "ya":
                broken.append("inactive")
            if s["scale"] == "besar":
                broken.append("besar")
            if it["category"] != n["category"]:
                broken.append("category")
            held = cert_types(it["certifications"]) | cert_types(s["certifications"])
            if not cert_types(n["required_certifications"]) <= held:
                broken.append("certificate")
            if int(it["unit_price"]) * qty > int(n["budget"]):
                broken.append("budget")
            if it["lead_time_days"] and int(it["lead_time_days"]) > days:
                broken.append("lead time")
            if it["capacity_per_month"]:
                months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
                if int(it["capacity_per_month"]) * months < qty:
                    broken.append("capacity")
            if broken:
                problems.append(f"{l['need_id']} {sku}: {', '.join(broken)}")
        if l["split"] != "holdout":
            problems.append(f"{l['need_id']}: split {l['split']}")
    for p in problems:
        print(p)
    print(f"{len(needs)} needs, {len(items)} items, {len(suppliers)} suppliers: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
