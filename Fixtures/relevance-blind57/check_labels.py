#!/usr/bin/env python3
"""Independent label checker for relevance-blind57 (stdlib; reads only the CSVs and the Kemendagri list).

Exit 0 when: the contract values are valid (13-digit NIB, scale, region code, category slug, digits-only
money, dates); every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF
(active, not besar, the need's category, every required certificate on item or supplier, price x quantity
within budget, lead time within the days to needed_by or 31 December, capacity: one month for jasa-boga,
else min(12, max(1, days // 30)) months); acceptable_nibs are exactly the SKUs' suppliers; split is holdout.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
WILAYAH = "/work/shared/data/wilayah/kabupaten_kota.csv"
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def problems():
    found = []
    codes = None
    if os.path.exists(WILAYAH):
        with open(WILAYAH, newline="", encoding="utf-8") as f:
            codes = {row["kode"] for row in csv.DictReader(f)}
    suppliers = {s["nib"]: s for s in load("suppliers.csv")}
    catalog = {i["sku"]: i for i in load("catalog.csv")}
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in SCALES:
            found.append(f"supplier {s['nib']}: bad NIB or scale")
        if codes is not None and s["region"] not in codes:
            found.append(f"supplier {s['nib']}: unknown region {s['region']}")
    for i in catalog.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not i["unit_price"].isdigit():
            found.append(f"item {i['sku']}: bad supplier, category or price")
    for n in needs.values():
        if n["category"] not in CATEGORIES or not n["budget"].isdigit() or not n["quantity"].isdigit():
            found.append(f"need {n['need_id']}: bad category, budget or quantity")
        if codes is not None and n["region"] not in codes:
            found.append(f"need {n['need_id']}: unknown region")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    for label in load("labels.csv"):
        n = needs[label["need_id"]]
        skus = [x for x in label["acceptable_skus"].split(";") if x]
        if {catalog[x]["nib"] for x in skus} != {x for x in label["acceptable_nibs"].split(";") if x}:
            found.append(f"{n['need_id']}: acceptable_nibs are not the SKUs' suppliers")
        if label["split"] != "holdout":
            found.append(f"{n['need_id']}: split is {label['split']}")
        quantity = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        for sku in skus:
            item, sup = catalog[sku], suppliers[catalog[sku]["nib"]]
            held = {c.split(":")[0].strip().lower() for c in (item["certifications"] + ";" + sup["certifications"]).split(";") if c}
            broken = []
            if sup["active"] != "ya":
                broken.append("inactive")
            if sup["scale"] == "besar":
                broken.append("besar")
            if item["category"] != n["category"]:
                broken.append("category")
            if any(c not in held for c in n["required_certifications"].split(";") if c):
                broken.append("certificate")
            if int(item["unit_price"]) * quantity > int(n["budget"]):
                broken.append("budget")
            if item["lead_time_days"] and int(item["lead_time_days"]) > days:
                broken.append("lead time")
            if item["capacity_per_month"] and int(item["capacity_per_month"]) * months < quantity:
                broken.append("capacity")
            if broken:
                found.append(f"{n['need_id']} {sku}: {', '.join(broken)}")
    print(f"{len(needs)} needs, {len(catalog)} items, {len(suppliers)} suppliers: {len(found)} problems")
    return found


if __name__ == "__main__":
    errs = problems()
    for e in errs:
        print(e)
    sys.exit(1 if errs else 0)
