#!/usr/bin/env python3
"""Independent label checker (stdlib; reads only the four CSVs and the Kemendagri region list).

Exit 0 when the contract values are valid (13-digit NIB, scale, region code, category slug, money as digits)
and every acceptable SKU of labels.csv meets every hard constraint of CONTRACT.md "Matching" at AS_OF:
supplier active and not besar, the need's category, every required certificate held by item or supplier,
unit_price x quantity within budget, lead time within the days to needed_by (31 December when empty),
capacity x months >= quantity (months = min(12, max(1, days // 30)); one month for jasa-boga), and
acceptable_nibs is exactly the set of suppliers of acceptable_skus.
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
ALIASES = {"p-irt": "pirt", "spp-irt": "pirt", "md": "bpom", "ml": "bpom", "halal mui": "halal"}


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    out = set()
    for part in cell.split(";"):
        part = part.strip()
        if part:
            t = part.split(":")[0].strip().lower()
            out.add(ALIASES.get(t, t))
    return out


def main():
    problems = []
    regions = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}
    suppliers = {s["nib"]: s for s in read("suppliers.csv")}
    catalog = {c["sku"]: c for c in read("catalog.csv")}
    needs = {n["need_id"]: n for n in read("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]):
            problems.append(f"supplier {s['nib']}: NIB is not 13 digits")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            problems.append(f"supplier {s['nib']}: scale {s['scale']}")
        if regions is not None and s["region"] not in regions:
            problems.append(f"supplier {s['nib']}: region {s['region']}")
    for c in catalog.values():
        if c["nib"] not in suppliers:
            problems.append(f"item {c['sku']}: unknown supplier")
        if c["category"] not in CATEGORIES or not c["unit_price"].isdigit():
            problems.append(f"item {c['sku']}: category or price")
    for n in needs.values():
        if n["category"] not in CATEGORIES or not n["budget"].isdigit() or not n["quantity"].isdigit():
            problems.append(f"need {n['need_id']}: category, budget or quantity")
        if regions is not None and n["region"] not in regions:
            problems.append(f"need {n['need_id']}: region {n['region']}")
    labels = read("labels.csv")
    if {lab["need_id"] for lab in labels} != set(needs):
        problems.append("labels.csv does not cover needs.csv exactly")
    for lab in labels:
        n = needs[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        nibs = {x for x in lab["acceptable_nibs"].split(";") if x}
        if {catalog[x]["nib"] for x in skus} != nibs:
            problems.append(f"{n['need_id']}: acceptable_nibs differ from the suppliers of acceptable_skus")
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        for sku in skus:
            item = catalog[sku]
            sup = suppliers[item["nib"]]
            broken = []
            if sup["active"].lower() not in {"ya", "yes", "1"}:
                broken.append("inactive")
            if sup["scale"] == "besar":
                broken.append("besar")
            if item["category"] != n["category"]:
                broken.append("category")
            held = cert_types(item["certifications"]) | cert_types(sup["certifications"])
            if not cert_types(n["required_certifications"]) <= held:
                broken.append("certificate")
            if int(item["unit_price"]) * qty > int(n["budget"]):
                broken.append("budget")
            if item["lead_time_days"] and int(item["lead_time_days"]) > days:
                broken.append("lead time")
            months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
            if item["capacity_per_month"] and int(item["capacity_per_month"]) * months < qty:
                broken.append("capacity")
            if broken:
                problems.append(f"{n['need_id']} {sku}: {', '.join(broken)}")
        if lab["split"] != "holdout":
            problems.append(f"{n['need_id']}: split {lab['split']}")
    for p in problems:
        print(p)
    empty = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(needs)} needs ({empty} with none), {len(catalog)} items, {len(suppliers)} suppliers: "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
