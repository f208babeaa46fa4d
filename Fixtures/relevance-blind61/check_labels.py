#!/usr/bin/env python3
"""Independent label checker (stdlib; reads only the four CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF (active,
not besar, the need's category, every required certificate on item or supplier, unit_price x quantity
within budget, lead time within the days to needed_by or 31 December, capacity x months >= quantity with
jasa-boga made in one month), acceptable_nibs equals the suppliers of acceptable_skus, every split is
holdout, and the contract values (NIB, scale, region, category, money, dates) are valid.
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


def main():
    errors = []
    regions = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}
    suppliers = rows("suppliers.csv")
    sup = {s["nib"]: s for s in suppliers}
    if len(sup) != len(suppliers):
        errors.append("duplicate NIB")
    catalog = rows("catalog.csv")
    items = {i["sku"]: i for i in catalog}
    if len(items) != len(catalog):
        errors.append("duplicate SKU")
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
                errors.append(f"{lab['need_id']} {sku}: {', '.join(why)}")
        if lab["split"] != "holdout":
            errors.append(f"{lab['need_id']}: split {lab['split']}")
    if labelled != set(needs):
        errors.append("labels and needs differ")
    for e in errors:
        print(e)
    print(f"{len(needs)} needs, {len(items)} items, {len(sup)} suppliers: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
