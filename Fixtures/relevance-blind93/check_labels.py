#!/usr/bin/env python3
"""Independent checker for relevance-blind93: reads only suppliers.csv, catalog.csv, needs.csv, labels.csv
(and the Kemendagri region list), never the *_data.py files.

Checks contract values (13-digit unique NIBs, scale, region, active, category slug, plain-digit money,
unique SKUs and need ids, split `holdout`) and that every acceptable SKU meets every hard constraint of
CONTRACT.md "Matching" at AS_OF: active, not besar, the need's category, every required certificate held by
item or supplier, unit_price x quantity <= budget, lead time within the days to needed_by (31 December if
empty), capacity x months >= quantity (months = min(12, max(1, days // 30)); one month for jasa-boga).
Jasa-boga labels must also come from the need's province. Exit 1 on any problem.
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
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def rows(name, folder=HERE):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def types(*cells):
    return {p.split(":")[0].strip().lower() for c in cells for p in c.split(";") if p.strip()}


def main():
    bad = []
    regions = {r["kode"] for r in rows("kabupaten_kota.csv", "/work/shared/data/wilayah")}
    sups, cat, needs, labels = (rows(f"{n}.csv") for n in ("suppliers", "catalog", "needs", "labels"))
    S = {}
    for s in sups:
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in S:
            bad.append(f"supplier NIB {s['nib']}")
        if s["scale"] not in SCALES or s["region"] not in regions or s["active"] not in {"ya", "tidak"}:
            bad.append(f"supplier {s['nib']} scale/region/active")
        S[s["nib"]] = s
    C = {}
    for it in cat:
        if it["sku"] in C or it["nib"] not in S or it["category"] not in CATS:
            bad.append(f"item {it['sku']} sku/nib/category")
        if not (it["unit_price"].isdigit() and it["capacity_per_month"].isdigit() and it["lead_time_days"].isdigit()):
            bad.append(f"item {it['sku']} numbers")
        C[it["sku"]] = it
    N = {}
    for n in needs:
        if n["need_id"] in N or n["category"] not in CATS or n["region"] not in regions:
            bad.append(f"need {n['need_id']} id/category/region")
        if not (n["budget"].isdigit() and n["quantity"].isdigit()):
            bad.append(f"need {n['need_id']} money/quantity")
        N[n["need_id"]] = n
    if [lab["need_id"] for lab in labels] != list(N):
        bad.append("labels.csv does not list needs.csv's needs in order")
    for lab in labels:
        n = N[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        nibs = {x for x in lab["acceptable_nibs"].split(";") if x}
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']} split")
        if any(x not in C for x in skus) or {C[x]["nib"] for x in skus if x in C} != nibs:
            bad.append(f"{n['need_id']} nibs/skus disagree")
            continue
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        need_certs = types(n["required_certifications"])
        for x in skus:
            it, s = C[x], S[C[x]["nib"]]
            why = [w for w, broken in (
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not need_certs <= types(it["certifications"], s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                ("lead time", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q),
                ("province", n["category"] == "jasa-boga" and s["region"][:2] != n["region"][:2]),
            ) if broken]
            if why:
                bad.append(f"{n['need_id']} {x}: {', '.join(why)}")
    for b in bad:
        print(b)
    empty = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(needs)} needs ({empty} empty), {len(cat)} items, {len(sups)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
