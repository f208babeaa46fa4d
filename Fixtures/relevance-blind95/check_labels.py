#!/usr/bin/env python3
"""Independent checker for relevance-blind95: reads only the four CSVs (and the Kemendagri region list).

Fails (exit 1) on: NIBs that are not 13 unique digits, unknown scale/region/category, non-digit money,
duplicate SKUs or need ids, labels that name a need not in needs.csv (or miss one), acceptable_nibs that are
not exactly the suppliers of acceptable_skus, a split other than holdout, and any acceptable SKU that breaks
a hard constraint on 2026-02-02: inactive or besar supplier, other category, a required certificate held by
neither item nor supplier, unit_price x quantity over budget, lead time past needed_by (31 Dec when empty),
capacity x months under quantity (months = min(12, max(1, days // 30)); one month for jasa-boga).
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
CATEGORIES = ("makanan minuman jasa-boga fesyen kerajinan perhiasan furnitur herbal kosmetik logam percetakan "
              "pertanian lainnya").split()
SCALES = ("mikro", "kecil", "menengah", "koperasi", "besar")


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    return {c.split(":")[0].strip().lower() for c in cell.split(";") if c.strip()}


def main():
    with open("/work/shared/data/wilayah/kabupaten_kota.csv", newline="", encoding="utf-8") as f:
        regions = {r["kode"] for r in csv.DictReader(f)}
    bad = []
    sups, cat, needs, labels = rows("suppliers.csv"), rows("catalog.csv"), rows("needs.csv"), rows("labels.csv")
    S = {}
    for s in sups:
        if not re.fullmatch(r"[0-9]{13}", s["nib"]) or s["nib"] in S:
            bad.append(f"NIB {s['nib']}")
        if s["scale"] not in SCALES or s["region"] not in regions or s["active"] not in ("ya", "tidak"):
            bad.append(f"supplier {s['nib']} values")
        S[s["nib"]] = s
    I = {}
    for it in cat:
        if it["sku"] in I or it["nib"] not in S or it["category"] not in CATEGORIES:
            bad.append(f"item {it['sku']}")
        for col in ("unit_price", "capacity_per_month", "lead_time_days"):
            if not it[col].isdigit():
                bad.append(f"item {it['sku']} {col}")
        I[it["sku"]] = it
    N = {}
    for n in needs:
        if n["need_id"] in N or n["category"] not in CATEGORIES or n["region"] not in regions:
            bad.append(f"need {n['need_id']}")
        if not n["budget"].isdigit() or not n["quantity"].isdigit():
            bad.append(f"need {n['need_id']} money/quantity")
        N[n["need_id"]] = n
    if sorted(lab["need_id"] for lab in labels) != sorted(N):
        bad.append("labels do not cover needs one-to-one")
    for lab in labels:
        n = N.get(lab["need_id"])
        if n is None:
            continue
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        nibs = {x for x in lab["acceptable_nibs"].split(";") if x}
        if any(x not in I for x in skus) or {I[x]["nib"] for x in skus if x in I} != nibs:
            bad.append(f"{n['need_id']}: nibs/skus mismatch")
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']}: split")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        need_certs = cert_types(n["required_certifications"])
        for x in skus:
            it = I.get(x)
            if it is None:
                continue
            s = S[it["nib"]]
            why = [w for w, broken in (
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not need_certs <= cert_types(it["certifications"]) | cert_types(s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                ("lead time", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q)) if broken]
            if why:
                bad.append(f"{n['need_id']} {x}: {', '.join(why)}")
    for b in bad:
        print(b)
    empty = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(needs)} needs ({empty} with none), {len(cat)} items, {len(sups)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
