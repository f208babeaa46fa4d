#!/usr/bin/env python3
"""Independent label checker (stdlib; reads only the CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF,
perishable (jasa-boga) items can make the whole quantity in one month, acceptable_nibs equals the
suppliers of acceptable_skus, and the contract values (NIB, scale, region, category, money) are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv")
CATS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
        "logam", "percetakan", "pertanian", "lainnya"}


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    errors = []
    regions = None
    for path in (REGIONS, "/work/shared/data/wilayah/kabupaten_kota.csv"):
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                regions = {r["kode"] for r in csv.DictReader(f)}
            break
    sup = {s["nib"]: s for s in rows("suppliers.csv")}
    items = {i["sku"]: i for i in rows("catalog.csv")}
    needs = {n["need_id"]: n for n in rows("needs.csv")}
    for s in sup.values():
        if not re.fullmatch(r"\d{13}", s["nib"]):
            errors.append(f"bad NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            errors.append(f"bad scale {s['nib']}")
        if regions is not None and s["region"] not in regions:
            errors.append(f"unknown region {s['region']}")
    for i in items.values():
        if i["nib"] not in sup or i["category"] not in CATS or not i["unit_price"].isdigit():
            errors.append(f"bad item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATS or (regions is not None and n["region"] not in regions):
            errors.append(f"bad need {n['need_id']}")
    for l in rows("labels.csv"):
        n = needs[l["need_id"]]
        skus = [x for x in l["acceptable_skus"].split(";") if x]
        nibs = {x for x in l["acceptable_nibs"].split(";") if x}
        if {items[s]["nib"] for s in skus} != nibs:
            errors.append(f"{l['need_id']}: nibs differ from the SKUs' suppliers")
        q = int(n["quantity"])
        deadline = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (deadline - AS_OF).days
        for sku in skus:
            i, s = items[sku], sup[items[sku]["nib"]]
            held = {c.split(":")[0] for c in (i["certifications"] + ";" + s["certifications"]).split(";") if c}
            why = []
            if s["active"] != "ya":
                why.append("inactive")
            if s["scale"] == "besar":
                why.append("besar")
            if i["category"] != n["category"]:
                why.append("category")
            if any(c not in held for c in n["required_certifications"].split(";") if c):
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
                errors.append(f"{l['need_id']} {sku}: {', '.join(why)}")
        if l["split"] != "holdout":
            errors.append(f"{l['need_id']}: split {l['split']}")
    for e in errors:
        print(e)
    print(f"{len(needs)} needs, {len(items)} items, {len(sup)} suppliers: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
