#!/usr/bin/env python3
"""Independent label checker for relevance-blind40 (stdlib; reads only the CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at 2026-02-09,
jasa-boga items can make the whole quantity within one month, acceptable_nibs are exactly the suppliers of
acceptable_skus, every need is labelled once in the holdout split, and contract values are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 9)
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
REGION_FILES = [os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv"),
                "/work/shared/data/wilayah/kabupaten_kota.csv"]


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    return {c.split(":")[0].strip().lower() for c in cell.split(";") if c.strip()}


def problems_of(item, supplier, need):
    out = []
    if supplier["active"] != "ya":
        out.append("inactive")
    if supplier["scale"] == "besar":
        out.append("besar")
    if item["category"] != need["category"]:
        out.append("category")
    have = cert_types(item["certifications"]) | cert_types(supplier["certifications"])
    if not cert_types(need["required_certifications"]) <= have:
        out.append("certificate")
    qty = int(need["quantity"])
    if int(item["unit_price"]) * qty > int(need["budget"]):
        out.append("budget")
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
    days = (end - AS_OF).days
    if int(item["lead_time_days"] or 0) > days:
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
    suppliers = {s["nib"]: s for s in load("suppliers.csv")}
    items = {i["sku"]: i for i in load("catalog.csv")}
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            errors.append(f"supplier {s['nib']}: bad NIB or scale")
        if regions is not None and s["region"] not in regions:
            errors.append(f"supplier {s['nib']}: unknown region {s['region']}")
    for i in items.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not i["unit_price"].isdigit():
            errors.append(f"item {i['sku']}: bad supplier, category or price")
    for n in needs.values():
        if n["category"] not in CATEGORIES or (regions is not None and n["region"] not in regions):
            errors.append(f"need {n['need_id']}: bad category or region")
    seen = set()
    for lab in load("labels.csv"):
        nid = lab["need_id"]
        if nid not in needs or nid in seen:
            errors.append(f"{nid}: unknown or labelled twice")
            continue
        seen.add(nid)
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if any(s not in items for s in skus):
            errors.append(f"{nid}: unknown SKU in {skus}")
            continue
        nibs = {x for x in lab["acceptable_nibs"].split(";") if x}
        if {items[s]["nib"] for s in skus} != nibs:
            errors.append(f"{nid}: acceptable_nibs differ from the SKUs' suppliers")
        for sku in skus:
            why = problems_of(items[sku], suppliers[items[sku]["nib"]], needs[nid])
            if why:
                errors.append(f"{nid} {sku}: {', '.join(why)}")
        if lab["split"] != "holdout":
            errors.append(f"{nid}: split {lab['split']}")
    if seen != set(needs):
        errors.append(f"unlabelled needs: {sorted(set(needs) - seen)}")
    for e in errors:
        print(e)
    print(f"{len(needs)} needs, {len(items)} items, {len(suppliers)} suppliers: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
