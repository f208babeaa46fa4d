#!/usr/bin/env python3
"""Independent label checker (stdlib; reads only the CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF,
jasa-boga items can make the whole quantity in one month, acceptable_nibs equals the suppliers of
acceptable_skus, every need is in the holdout split, and the contract values (NIB, scale, region,
category, money, dates) are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
CATS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
        "logam", "percetakan", "pertanian", "lainnya"}


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    return {c.split(":")[0].strip().lower() for c in cell.split(";") if c.strip()}


def main():
    errors = []
    regions = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}
    sup = {s["nib"]: s for s in rows("suppliers.csv")}
    items = {}
    for i in rows("catalog.csv"):
        if i["sku"] in items:
            errors.append(f"duplicate sku {i['sku']}")
        items[i["sku"]] = i
    needs = {n["need_id"]: n for n in rows("needs.csv")}
    for s in sup.values():
        if not re.fullmatch(r"\d{13}", s["nib"]):
            errors.append(f"bad NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            errors.append(f"bad scale {s['nib']}")
        if s["active"] not in {"ya", "tidak"}:
            errors.append(f"bad active {s['nib']}")
        if regions is not None and s["region"] not in regions:
            errors.append(f"unknown region {s['region']}")
    for i in items.values():
        if i["nib"] not in sup or i["category"] not in CATS or not i["unit_price"].isdigit():
            errors.append(f"bad item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATS or (regions is not None and n["region"] not in regions):
            errors.append(f"bad need {n['need_id']}")
        if not n["budget"].isdigit() or not n["quantity"].isdigit():
            errors.append(f"bad money/quantity {n['need_id']}")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labelled = set()
    for lab in rows("labels.csv"):
        labelled.add(lab["need_id"])
        n = needs[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        nibs = {x for x in lab["acceptable_nibs"].split(";") if x}
        if {items[s]["nib"] for s in skus} != nibs:
            errors.append(f"{lab['need_id']}: nibs differ from the SKUs' suppliers")
        q = int(n["quantity"])
        deadline = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (deadline - AS_OF).days
        for sku in skus:
            i, s = items[sku], sup[items[sku]["nib"]]
            held = cert_types(i["certifications"]) | cert_types(s["certifications"])
            why = []
            if s["active"] != "ya":
                why.append("inactive")
            if s["scale"] == "besar":
                why.append("besar")
            if i["category"] != n["category"]:
                why.append("category")
            if any(c not in held for c in cert_types(n["required_certifications"])):
                why.append("certificate")
            if int(i["unit_price"]) * q > int(n["budget"]):
                why.append("budget")
            if int(i["lead_time_days"] or 0) > days:
                why.append("lead time")
            cap = int(i["capacity_per_month"]) if i["capacity_per_month"] else None
            months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
            if cap is not None and cap * months < q:
                why.append("capacity")
            if why:
                errors.append(f"{lab['need_id']} {sku}: {', '.join(why)}")
        if lab["split"] != "holdout":
            errors.append(f"{lab['need_id']}: split {lab['split']}")
    if labelled != set(needs):
        errors.append("labels.csv and needs.csv name different needs")
    for e in errors:
        print(e)
    print(f"{len(needs)} needs, {len(items)} items, {len(sup)} suppliers: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
