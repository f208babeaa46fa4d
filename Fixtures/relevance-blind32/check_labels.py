#!/usr/bin/env python3
"""Fresh label checker for relevance-blind32 (stdlib; reads only the four CSVs and the Kemendagri region list).

Exit 0 when: every NIB, scale, region, category and money value is a contract value; acceptable_nibs are exactly
the suppliers of acceptable_skus; every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at
AS_OF (active, not besar, same category, every required certificate on item or supplier, price x quantity within
budget, lead time within the days to needed_by or 31 December, capacity x months >= quantity, where jasa-boga and
the fresh jamu count one month); and every split is holdout.
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


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    out = set()
    for part in cell.split(";"):
        t = part.split(":")[0].strip().lower()
        if t:
            out.add(ALIASES.get(t, t))
    return out


def one_month(need, item):
    """Cooked food and fresh jamu are made for the day: the whole quantity in one month's capacity."""
    return need["category"] == "jasa-boga" or "segar" in item["name"].lower()


def main():
    problems = []
    known = None
    if os.path.exists(REGIONS):
        with open(REGIONS, newline="", encoding="utf-8") as f:
            known = {r["kode"] for r in csv.DictReader(f)}
    sup = {s["nib"]: s for s in load("suppliers.csv")}
    cat = {i["sku"]: i for i in load("catalog.csv")}
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in sup.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"}:
            problems.append(f"supplier {s['nib']}: NIB or scale")
        if known is not None and s["region"] not in known:
            problems.append(f"supplier {s['nib']}: region {s['region']}")
    for i in cat.values():
        if i["nib"] not in sup or i["category"] not in CATS or not i["unit_price"].isdigit():
            problems.append(f"item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATS or not n["budget"].isdigit() or (known is not None and n["region"] not in known):
            problems.append(f"need {n['need_id']}")
    for row in load("labels.csv"):
        n = needs[row["need_id"]]
        skus = [x for x in row["acceptable_skus"].split(";") if x]
        if {cat[x]["nib"] for x in skus} != {x for x in row["acceptable_nibs"].split(";") if x}:
            problems.append(f"{n['need_id']}: acceptable_nibs are not the SKUs' suppliers")
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        for sku in skus:
            item, s = cat[sku], sup[cat[sku]["nib"]]
            broken = []
            if s["active"] not in {"ya", "yes", "1"}:
                broken.append("inactive")
            if s["scale"] == "besar":
                broken.append("besar")
            if item["category"] != n["category"]:
                broken.append("category")
            held = cert_types(item["certifications"]) | cert_types(s["certifications"])
            if not {c for c in n["required_certifications"].split(";") if c} <= held:
                broken.append("certificate")
            if int(item["unit_price"]) * qty > int(n["budget"]):
                broken.append("budget")
            if int(item["lead_time_days"] or 0) > days:
                broken.append("lead time")
            months = 1 if one_month(n, item) else min(12, max(1, days // 30))
            if item["capacity_per_month"] and int(item["capacity_per_month"]) * months < qty:
                broken.append("capacity")
            if broken:
                problems.append(f"{n['need_id']} {sku}: {', '.join(broken)}")
        if row["split"] != "holdout":
            problems.append(f"{n['need_id']}: split {row['split']}")
    for p in problems:
        print(p)
    print(f"{len(needs)} needs, {len(cat)} items, {len(sup)} suppliers: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
