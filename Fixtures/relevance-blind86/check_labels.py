#!/usr/bin/env python3
"""Fresh label checker for relevance-blind86 (stdlib; reads only the four CSVs and the Kemendagri list).

Exits 0 when the contract values are valid (13-digit unique NIBs, scales, region codes, category slugs,
plain-digit money, unique SKUs, unique need ids) and every acceptable SKU of labels.csv meets every hard
constraint of CONTRACT.md "Matching" at AS_OF: active, not besar, the need's category, every required
certificate (item or supplier), unit_price x quantity <= budget, lead time within the days to needed_by
(31 December when empty), capacity x months >= quantity (one month for jasa-boga). Also checks that
acceptable_nibs are exactly the suppliers of acceptable_skus and every split is `holdout`.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
SLUGS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
         "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def held_types(*cells):
    return {part.split(":")[0].strip().lower() for cell in cells for part in cell.split(";") if part.strip()}


def main():
    problems = []
    with open(REGIONS, newline="", encoding="utf-8") as f:
        codes = {r["kode"] for r in csv.DictReader(f)}
    suppliers, catalog, needs, labels = (load(n) for n in ("suppliers.csv", "catalog.csv", "needs.csv", "labels.csv"))
    by_nib = {}
    for s in suppliers:
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in by_nib:
            problems.append(f"supplier {s['name']}: NIB {s['nib']}")
        if s["scale"] not in SCALES or s["region"] not in codes or s["active"] not in ("ya", "tidak"):
            problems.append(f"supplier {s['nib']}: scale/region/active")
        by_nib[s["nib"]] = s
    by_sku = {}
    for it in catalog:
        if it["sku"] in by_sku:
            problems.append(f"duplicate sku {it['sku']}")
        if it["nib"] not in by_nib or it["category"] not in SLUGS or not it["unit_price"].isdigit():
            problems.append(f"item {it['sku']}: nib/category/price")
        by_sku[it["sku"]] = it
    by_id = {}
    for n in needs:
        if n["need_id"] in by_id or n["category"] not in SLUGS or n["region"] not in codes or not n["budget"].isdigit():
            problems.append(f"need {n['need_id']}: id/category/region/budget")
        by_id[n["need_id"]] = n
    if {lab["need_id"] for lab in labels} != set(by_id):
        problems.append("labels.csv and needs.csv name different needs")
    for lab in labels:
        n = by_id[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if {by_sku[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            problems.append(f"{n['need_id']}: acceptable_nibs differ from the SKUs' suppliers")
        if lab["split"] != "holdout":
            problems.append(f"{n['need_id']}: split {lab['split']}")
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        wanted = {c.strip().lower() for c in n["required_certifications"].split(";") if c.strip()}
        for sku in skus:
            it = by_sku[sku]
            s = by_nib[it["nib"]]
            broken = [why for why, bad in (
                ("inactive", s["active"] != "ya"),
                ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not wanted <= held_types(it["certifications"], s["certifications"])),
                ("budget", int(it["unit_price"]) * qty > int(n["budget"])),
                ("lead time", int(it["lead_time_days"] or 0) > days),
                ("capacity", it["capacity_per_month"] != "" and int(it["capacity_per_month"]) * months < qty),
            ) if bad]
            if broken:
                problems.append(f"{n['need_id']} {sku}: {', '.join(broken)}")
    for p in problems:
        print(p)
    print(f"{len(needs)} needs, {len(catalog)} items, {len(suppliers)} suppliers: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
