#!/usr/bin/env python3
"""Independent label checker for relevance-blind78 (stdlib; reads only the CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU exists and meets every hard constraint of CONTRACT.md "Matching" at AS_OF
(certificate aliases as the contract maps them), jasa-boga items can make the whole quantity in one month,
acceptable_nibs equals the suppliers of acceptable_skus, every need has a label, and the contract values
(NIB, scale, region, category, money, dates) are valid.
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
ALIASES = {"halal mui": "halal", "p-irt": "pirt", "spp-irt": "pirt", "md": "bpom", "ml": "bpom"}


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def certs(cell):
    out = set()
    for c in (x for x in cell.split(";") if x.strip()):
        kind = c.split(":")[0].strip().lower()
        out.add(ALIASES.get(kind, kind))
    return out


def main():
    errors = []
    regions = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}
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
        if s["active"] not in {"ya", "tidak"}:
            errors.append(f"bad active {s['nib']}")
    for i in items.values():
        if i["nib"] not in sup or i["category"] not in CATS or not i["unit_price"].isdigit():
            errors.append(f"bad item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATS or (regions is not None and n["region"] not in regions):
            errors.append(f"bad need {n['need_id']}")
        if not n["budget"].isdigit() or not n["quantity"].isdigit():
            errors.append(f"bad money/quantity {n['need_id']}")
    labels = rows("labels.csv")
    if {l["need_id"] for l in labels} != set(needs):
        errors.append("labels and needs differ")
    for l in labels:
        n = needs[l["need_id"]]
        skus = [x for x in l["acceptable_skus"].split(";") if x]
        nibs = {x for x in l["acceptable_nibs"].split(";") if x}
        if any(s not in items for s in skus):
            errors.append(f"{l['need_id']}: unknown SKU")
            continue
        if {items[s]["nib"] for s in skus} != nibs:
            errors.append(f"{l['need_id']}: nibs differ from the SKUs' suppliers")
        q = int(n["quantity"])
        deadline = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (deadline - AS_OF).days
        for sku in skus:
            i, s = items[sku], sup[items[sku]["nib"]]
            held = certs(i["certifications"]) | certs(s["certifications"])
            why = []
            if s["active"] != "ya":
                why.append("inactive")
            if s["scale"] == "besar":
                why.append("besar")
            if i["category"] != n["category"]:
                why.append("category")
            if any(c not in held for c in certs(n["required_certifications"])):
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
