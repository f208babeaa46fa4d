#!/usr/bin/env python3
"""Independent checker for relevance-blind94; reads only the four CSVs and the Kemendagri region list.

Checks contract values (13-digit unique NIBs, scale, region codes, active flag, category slugs, digit-only
money, unique SKUs and need ids, `holdout` split, acceptable_nibs = suppliers of acceptable_skus) and that every
acceptable SKU passes every hard constraint of CONTRACT.md "Matching" at AS_OF (active, not besar, category,
certificates held by item or supplier, price x quantity <= budget, lead time <= days to needed_by or 31 Dec,
capacity x months >= quantity, one month for jasa-boga). For jasa-boga needs it also checks the nearness rule:
acceptable caterers are in the need's province, and all in its kabupaten/kota when one is.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
CATS = set("makanan minuman jasa-boga fesyen kerajinan perhiasan furnitur herbal kosmetik logam percetakan "
           "pertanian lainnya".split())


def rows(name, folder=HERE):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def certs(cell):
    return {p.split(":")[0].strip().lower() for p in cell.split(";") if p.strip()}


def main():
    bad = []
    codes = {r["kode"] for r in rows("kabupaten_kota.csv", "/work/shared/data/wilayah")}
    sups = {}
    for s in rows("suppliers.csv"):
        if not re.fullmatch(r"[0-9]{13}", s["nib"]) or s["nib"] in sups:
            bad.append(f"NIB {s['nib']}")
        if s["scale"] not in ("mikro", "kecil", "menengah", "koperasi", "besar") or s["region"] not in codes \
                or s["active"] not in ("ya", "tidak"):
            bad.append(f"supplier {s['nib']} values")
        sups[s["nib"]] = s
    items = {}
    for it in rows("catalog.csv"):
        key = it["sku"]
        if key in items or it["nib"] not in sups or it["category"] not in CATS:
            bad.append(f"item {key}")
        if not (it["unit_price"].isdigit() and it["capacity_per_month"].isdigit() and it["lead_time_days"].isdigit()):
            bad.append(f"item {key} numbers")
        items[key] = it
    needs = {}
    for n in rows("needs.csv"):
        if n["need_id"] in needs or n["category"] not in CATS or n["region"] not in codes \
                or not n["budget"].isdigit() or not n["quantity"].isdigit():
            bad.append(f"need {n['need_id']}")
        needs[n["need_id"]] = n
    labels = rows("labels.csv")
    if [l["need_id"] for l in labels] != list(needs):
        bad.append("labels.csv does not list the needs in order")
    for lab in labels:
        n = needs[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']} split")
        if sorted({items[x]["nib"] for x in skus}) != [x for x in lab["acceptable_nibs"].split(";") if x]:
            bad.append(f"{n['need_id']} nibs vs skus")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        need_certs = certs(n["required_certifications"])
        for x in skus:
            it, s = items[x], sups[items[x]["nib"]]
            why = [w for w, broken in [
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not need_certs <= certs(it["certifications"]) | certs(s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                ("lead", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q)] if broken]
            if why:
                bad.append(f"{n['need_id']} {x}: {','.join(why)}")
        if n["category"] == "jasa-boga" and skus:
            regs = {sups[items[x]["nib"]]["region"] for x in skus}
            if any(r[:2] != n["region"][:2] for r in regs) or (n["region"] in regs and len(regs) > 1):
                bad.append(f"{n['need_id']}: caterer nearness")
    for b in bad:
        print(b)
    print(f"{len(needs)} needs, {len(items)} items, {len(sups)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
