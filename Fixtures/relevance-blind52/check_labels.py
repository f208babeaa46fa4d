#!/usr/bin/env python3
"""Independent label checker for relevance-blind52 (stdlib; reads only the CSVs and the Kemendagri region list).

Exit 0 when the contract values are valid (NIB, scale, region, category, money, dates, unique keys), every
acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF, jasa-boga items can make the
whole quantity in one month, acceptable_nibs equals the suppliers of acceptable_skus, and every split is holdout.
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
CATS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
        "logam", "percetakan", "pertanian", "lainnya"}
ALIASES = {"p-irt": "pirt", "spp-irt": "pirt", "halal mui": "halal", "md": "bpom", "ml": "bpom"}


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def held(*cells):
    out = set()
    for cell in cells:
        for c in cell.split(";"):
            if c.strip():
                t = c.split(":")[0].strip().lower()
                out.add(ALIASES.get(t, t))
    return out


def main():
    errors = []
    regions = None
    for path in REGION_FILES:
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                regions = {r["kode"] for r in csv.DictReader(f)}
            break
    sup_rows = rows("suppliers.csv")
    sup = {s["nib"]: s for s in sup_rows}
    if len(sup) != len(sup_rows):
        errors.append("duplicate NIB")
    item_rows = rows("catalog.csv")
    items = {i["sku"]: i for i in item_rows}
    if len(items) != len(item_rows):
        errors.append("duplicate SKU")
    needs = {n["need_id"]: n for n in rows("needs.csv")}
    for s in sup.values():
        if not re.fullmatch(r"\d{13}", s["nib"]):
            errors.append(f"bad NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            errors.append(f"bad scale {s['nib']}")
        if regions is not None and s["region"] not in regions:
            errors.append(f"unknown region {s['region']}")
        if s["active"] not in {"ya", "tidak"}:
            errors.append(f"bad active {s['nib']}")
    for i in items.values():
        if i["nib"] not in sup or i["category"] not in CATS or not i["unit_price"].isdigit() or not i["unit"]:
            errors.append(f"bad item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATS or (regions is not None and n["region"] not in regions):
            errors.append(f"bad need {n['need_id']}")
        if not n["budget"].isdigit() or not n["quantity"].isdigit() or not n["description"].strip():
            errors.append(f"bad need values {n['need_id']}")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labels = rows("labels.csv")
    if {l["need_id"] for l in labels} != set(needs):
        errors.append("labels do not cover exactly the needs")
    for l in labels:
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
            why = []
            if s["active"] != "ya":
                why.append("inactive")
            if s["scale"] == "besar":
                why.append("besar")
            if i["category"] != n["category"]:
                why.append("category")
            if not held(i["certifications"], s["certifications"]) >= held(n["required_certifications"]):
                why.append("certificate")
            if int(i["unit_price"]) * q > int(n["budget"]):
                why.append("budget")
            if days < 0 or int(i["lead_time_days"] or 0) > days:
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
    empty = sum(1 for l in labels if not l["acceptable_nibs"])
    print(f"{len(needs)} needs ({empty} with no acceptable product), {len(items)} items, {len(sup)} suppliers: "
          f"{len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
