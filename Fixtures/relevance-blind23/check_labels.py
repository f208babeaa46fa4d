#!/usr/bin/env python3
"""Independent label checker for relevance-blind23 (stdlib; reads only the CSVs and the Kemendagri list).

Exit 0 when the contract values are valid (13-digit unique NIBs, scales, region codes, category slugs,
integer rupiah, dates), SKUs are unique, every need has exactly one label row, acceptable_nibs equals
the suppliers of acceptable_skus, and every acceptable SKU meets every hard constraint of CONTRACT.md
"Matching" at AS_OF: active, not besar, same category, every required certificate (item or supplier),
unit_price x quantity <= budget, lead time within the days to needed_by (31 December when empty),
capacity x months >= quantity (months = min(12, max(1, days // 30)); one month for jasa-boga).
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}
CATS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
        "logam", "percetakan", "pertanian", "lainnya"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cells(text):
    return [c for c in text.split(";") if c]


def problems():
    out = []
    regions = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}
    sup_rows, item_rows = load("suppliers.csv"), load("catalog.csv")
    needs = {n["need_id"]: n for n in load("needs.csv")}
    sup = {s["nib"]: s for s in sup_rows}
    items = {i["sku"]: i for i in item_rows}
    if len(sup) != len(sup_rows):
        out.append("duplicate NIB")
    if len(items) != len(item_rows):
        out.append("duplicate SKU")
    for s in sup_rows:
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in SCALES or s["active"] not in {"ya", "tidak"}:
            out.append(f"supplier {s['nib']}: bad nib/scale/active")
        if regions is not None and s["region"] not in regions:
            out.append(f"supplier {s['nib']}: unknown region {s['region']}")
    for i in item_rows:
        if i["nib"] not in sup or i["category"] not in CATS:
            out.append(f"item {i['sku']}: unknown supplier or category")
        for col in ("unit_price", "capacity_per_month", "lead_time_days", "tkdn", "bmp"):
            if not i[col].isdigit():
                out.append(f"item {i['sku']}: {col} not an integer")
    for n in needs.values():
        if n["category"] not in CATS or (regions is not None and n["region"] not in regions):
            out.append(f"need {n['need_id']}: bad category or region")
        if not n["budget"].isdigit() or not n["quantity"].isdigit():
            out.append(f"need {n['need_id']}: bad budget or quantity")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labels = load("labels.csv")
    if sorted(l["need_id"] for l in labels) != sorted(needs):
        out.append("labels do not cover needs one to one")
    for l in labels:
        n = needs[l["need_id"]]
        skus = cells(l["acceptable_skus"])
        if {items[s]["nib"] for s in skus} != set(cells(l["acceptable_nibs"])):
            out.append(f"{l['need_id']}: acceptable_nibs differ from the SKUs' suppliers")
        if l["split"] != "holdout":
            out.append(f"{l['need_id']}: split {l['split']}")
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        for sku in skus:
            it = items[sku]
            s = sup[it["nib"]]
            held = {c.split(":")[0] for c in cells(it["certifications"]) + cells(s["certifications"])}
            broken = [why for why, bad in [
                ("inactive", s["active"] != "ya"),
                ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", any(c not in held for c in cells(n["required_certifications"]))),
                ("budget", int(it["unit_price"]) * qty > int(n["budget"])),
                ("lead time", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < qty),
            ] if bad]
            if broken:
                out.append(f"{l['need_id']} {sku}: {', '.join(broken)}")
    print(f"{len(needs)} needs, {len(items)} items, {len(sup)} suppliers")
    return out


def main():
    errs = problems()
    for e in errs:
        print(e)
    print(f"{len(errs)} problems")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
