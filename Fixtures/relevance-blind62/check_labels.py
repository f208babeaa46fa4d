#!/usr/bin/env python3
"""Independent label checker for relevance-blind62 (stdlib; reads only the four CSVs and the region list).

Exit 0 when the contract values are valid (NIB, scale, region, category, money, dates), every acceptable SKU
meets every hard constraint of CONTRACT.md "Matching" at AS_OF (active, not besar, category, certificates at
item or supplier level, unit_price x quantity <= budget, lead time, capacity; jasa-boga made within one month),
acceptable_nibs are exactly the suppliers of acceptable_skus, and every split is `holdout`.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 16)
CATS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
        "logam", "percetakan", "pertanian", "lainnya"}


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


def certs(cell):
    return {c.split(":")[0].strip().lower() for c in cell.split(";") if c.strip()}


def main():
    problems = []
    regions = region_codes()
    suppliers = {s["nib"]: s for s in load("suppliers.csv")}
    catalog = load("catalog.csv")
    items = {i["sku"]: i for i in catalog}
    if len(items) != len(catalog):
        problems.append("duplicate SKU")
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]):
            problems.append(f"supplier {s['nib']}: NIB is not 13 digits")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            problems.append(f"supplier {s['nib']}: scale {s['scale']}")
        if regions is not None and s["region"] not in regions:
            problems.append(f"supplier {s['nib']}: region {s['region']}")
        if s["active"] not in {"ya", "tidak"}:
            problems.append(f"supplier {s['nib']}: active {s['active']}")
    for i in catalog:
        if i["nib"] not in suppliers:
            problems.append(f"item {i['sku']}: unknown supplier")
        if i["category"] not in CATS:
            problems.append(f"item {i['sku']}: category {i['category']}")
        for col in ("unit_price", "capacity_per_month", "lead_time_days"):
            if not i[col].isdigit():
                problems.append(f"item {i['sku']}: {col} {i[col]!r}")
    for n in needs.values():
        if n["category"] not in CATS:
            problems.append(f"need {n['need_id']}: category")
        if regions is not None and n["region"] not in regions:
            problems.append(f"need {n['need_id']}: region")
        if not (n["quantity"].isdigit() and n["budget"].isdigit()):
            problems.append(f"need {n['need_id']}: quantity/budget")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labelled = set()
    for lab in load("labels.csv"):
        nid = lab["need_id"]
        labelled.add(nid)
        n = needs[nid]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        nibs = {x for x in lab["acceptable_nibs"].split(";") if x}
        if {items[x]["nib"] for x in skus} != nibs:
            problems.append(f"{nid}: acceptable_nibs differ from the suppliers of acceptable_skus")
        if lab["split"] != "holdout":
            problems.append(f"{nid}: split {lab['split']}")
        qty = int(n["quantity"])
        due = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (due - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        for sku in skus:
            it = items[sku]
            sp = suppliers[it["nib"]]
            bad = []
            if sp["active"] != "ya":
                bad.append("inactive")
            if sp["scale"] == "besar":
                bad.append("besar")
            if it["category"] != n["category"]:
                bad.append("category")
            if not certs(n["required_certifications"]) <= certs(it["certifications"]) | certs(sp["certifications"]):
                bad.append("certificate")
            if int(it["unit_price"]) * qty > int(n["budget"]):
                bad.append("budget")
            if int(it["lead_time_days"]) > days:
                bad.append("lead time")
            if int(it["capacity_per_month"]) * months < qty:
                bad.append("capacity")
            if bad:
                problems.append(f"{nid} {sku}: {', '.join(bad)}")
    if labelled != set(needs):
        problems.append("labels.csv does not cover needs.csv exactly")
    for p in problems:
        print(p)
    empty = sum(1 for lab in load("labels.csv") if not lab["acceptable_skus"])
    print(f"{len(needs)} needs ({empty} with none), {len(items)} items, {len(suppliers)} suppliers: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
