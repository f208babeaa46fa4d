#!/usr/bin/env python3
"""relevance-blind89 checker: reads only suppliers.csv, catalog.csv, needs.csv, labels.csv (+ the Kemendagri
region list). Checks contract values (13-digit unique NIBs, scale, region, active, category slugs, plain-digit
money, unique SKUs and need ids) and that every acceptable SKU meets every hard constraint at AS_OF: active,
not besar, the need's category, required certificates (item or supplier), unit_price x quantity <= budget,
lead time <= days to needed_by (31 Dec when empty), capacity x months >= quantity (jasa-boga: one month).
Also: acceptable_nibs = suppliers of acceptable_skus; split is holdout. Exit 1 on any problem."""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
SLUGS = set("makanan minuman jasa-boga fesyen kerajinan perhiasan furnitur herbal kosmetik logam percetakan "
            "pertanian lainnya".split())


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def types(cell):
    return {p.split(":")[0].strip().lower() for p in cell.split(";") if p.strip()}


def main():
    with open("/work/shared/data/wilayah/kabupaten_kota.csv", newline="", encoding="utf-8") as f:
        codes = {r["kode"] for r in csv.DictReader(f)}
    bad = []
    sups = {}
    for s in rows("suppliers.csv"):
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in sups:
            bad.append(f"NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"} or s["region"] not in codes \
                or s["active"] not in {"ya", "tidak"}:
            bad.append(f"supplier {s['nib']}")
        sups[s["nib"]] = s
    items = {}
    for it in rows("catalog.csv"):
        if it["sku"] in items or it["nib"] not in sups or it["category"] not in SLUGS \
                or not it["unit_price"].isdigit() or not it["capacity_per_month"].isdigit():
            bad.append(f"item {it['sku']}")
        items[it["sku"]] = it
    needs = {}
    for n in rows("needs.csv"):
        if n["need_id"] in needs or n["category"] not in SLUGS or n["region"] not in codes \
                or not n["budget"].isdigit() or not n["quantity"].isdigit():
            bad.append(f"need {n['need_id']}")
        needs[n["need_id"]] = n
    labels = rows("labels.csv")
    if sorted(l["need_id"] for l in labels) != sorted(needs):
        bad.append("labels and needs differ")
    for lab in labels:
        n = needs[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if {items[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            bad.append(f"{n['need_id']}: nibs vs skus")
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']}: split")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        need_certs = types(n["required_certifications"])
        for sku in skus:
            it, s = items[sku], sups[items[sku]["nib"]]
            why = [w for w, b in [("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                                  ("category", it["category"] != n["category"]),
                                  ("certificate", not need_certs <= types(it["certifications"]) | types(s["certifications"])),
                                  ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                                  ("lead time", int(it["lead_time_days"]) > days),
                                  ("capacity", int(it["capacity_per_month"]) * months < q)] if b]
            if why:
                bad.append(f"{n['need_id']} {sku}: {', '.join(why)}")
    for b in bad:
        print(b)
    print(f"{len(needs)} needs, {len(items)} items, {len(sups)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
