#!/usr/bin/env python3
"""Independent checker for relevance-blind87: reads only suppliers.csv, catalog.csv, needs.csv, labels.csv
and the Kemendagri region list (stdlib). Exit 0 when clean.

Checks the contract values (13-digit unique NIBs, scale, region, active, category slugs, plain-digit money,
unique SKUs and need ids, `holdout` split, acceptable_nibs = the suppliers of acceptable_skus) and that every
acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF: active, not besar, the need's
category, every required certificate (item or supplier), unit_price x quantity <= budget, lead time within
the days to needed_by (31 December when empty), capacity x months >= quantity (one month for jasa-boga);
and that no acceptable SKU of a jasa-boga need comes from another province.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
SLUGS = set("makanan minuman jasa-boga fesyen kerajinan perhiasan furnitur herbal kosmetik logam percetakan "
            "pertanian lainnya".split())
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def types(cell):
    return {c.split(":")[0].strip().lower() for c in cell.split(";") if c.strip()}


def main():
    with open("/work/shared/data/wilayah/kabupaten_kota.csv", newline="", encoding="utf-8") as f:
        regions = {r["kode"] for r in csv.DictReader(f)}
    bad = []
    sup, items, needs = {}, {}, {}
    for s in rows("suppliers.csv"):
        if not re.fullmatch(r"[1-9]\d{12}", s["nib"]) or s["nib"] in sup:
            bad.append(f"supplier NIB {s['nib']}")
        if s["scale"] not in SCALES or s["region"] not in regions or s["active"] not in {"ya", "tidak"}:
            bad.append(f"supplier {s['nib']} scale/region/active")
        sup[s["nib"]] = s
    for it in rows("catalog.csv"):
        if it["sku"] in items or it["nib"] not in sup or it["category"] not in SLUGS:
            bad.append(f"item {it['sku']} sku/nib/category")
        if not all(it[c].isdigit() for c in ("unit_price", "capacity_per_month", "lead_time_days")):
            bad.append(f"item {it['sku']} numbers")
        items[it["sku"]] = it
    for n in rows("needs.csv"):
        if n["need_id"] in needs or n["category"] not in SLUGS or n["region"] not in regions:
            bad.append(f"need {n['need_id']} id/category/region")
        if not (n["budget"].isdigit() and n["quantity"].isdigit()):
            bad.append(f"need {n['need_id']} money/quantity")
        needs[n["need_id"]] = n
    labels = rows("labels.csv")
    if sorted(l["need_id"] for l in labels) != sorted(needs):
        bad.append("labels.csv does not cover needs.csv exactly")
    for l in labels:
        n = needs[l["need_id"]]
        skus = [x for x in l["acceptable_skus"].split(";") if x]
        if {items[x]["nib"] for x in skus} != {x for x in l["acceptable_nibs"].split(";") if x}:
            bad.append(f"{n['need_id']} nibs do not match skus")
        if l["split"] != "holdout":
            bad.append(f"{n['need_id']} split")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        need_certs = types(n["required_certifications"])
        for x in skus:
            it, s = items[x], sup[items[x]["nib"]]
            why = [w for w, failed in [
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not need_certs <= types(it["certifications"]) | types(s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                ("lead time", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q),
                ("province", n["category"] == "jasa-boga" and s["region"][:2] != n["region"][:2])] if failed]
            if why:
                bad.append(f"{n['need_id']} {x}: {', '.join(why)}")
    for b in bad:
        print(b)
    print(f"{len(sup)} suppliers, {len(items)} items, {len(needs)} needs: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
