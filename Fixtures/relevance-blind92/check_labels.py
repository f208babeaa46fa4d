#!/usr/bin/env python3
"""Independent checker for relevance-blind92: reads only the four CSVs (and the Kemendagri region list).

Checks contract values (13-digit unique NIBs, scales, real region codes, category slugs, plain-digit money,
unique SKUs and need ids, active ya/tidak) and that every acceptable SKU passes every hard constraint at
AS_OF: active, not besar, need's category, required certificates (item or supplier), price x quantity <=
budget, lead time <= days to needed_by (31 Dec if empty), capacity x months >= quantity, with one month
and a same-province supplier for jasa-boga. acceptable_nibs must equal the suppliers of acceptable_skus;
split must be holdout. Exit 1 on any problem.
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


def rows(name, folder=HERE):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def certs(*cells):
    return {p.split(":")[0].strip().lower() for c in cells for p in c.split(";") if p.strip()}


def main():
    bad = []
    codes = {r["kode"] for r in rows("kabupaten_kota.csv", "/work/shared/data/wilayah")}
    sup, cat, need = {}, {}, {}
    for s in rows("suppliers.csv"):
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in sup:
            bad.append(f"supplier NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"} or s["region"] not in codes \
                or s["active"] not in {"ya", "tidak"}:
            bad.append(f"supplier {s['nib']} scale/region/active")
        sup[s["nib"]] = s
    for it in rows("catalog.csv"):
        if it["sku"] in cat or it["nib"] not in sup or it["category"] not in SLUGS:
            bad.append(f"item {it['sku']}")
        if not (it["unit_price"].isdigit() and it["capacity_per_month"].isdigit() and it["lead_time_days"].isdigit()):
            bad.append(f"item {it['sku']} numbers")
        cat[it["sku"]] = it
    for n in rows("needs.csv"):
        if n["need_id"] in need or n["category"] not in SLUGS or n["region"] not in codes \
                or not n["budget"].isdigit() or not n["quantity"].isdigit():
            bad.append(f"need {n['need_id']}")
        need[n["need_id"]] = n
    labels = rows("labels.csv")
    if sorted(lab["need_id"] for lab in labels) != sorted(need):
        bad.append("labels and needs differ")
    for lab in labels:
        n = need[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']} split")
        if {cat[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            bad.append(f"{n['need_id']} nibs/skus differ")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        boga = n["category"] == "jasa-boga"
        months = 1 if boga else min(12, max(1, days // 30))
        for x in skus:
            it, s = cat[x], sup[cat[x]["nib"]]
            why = [w for w, fail in [
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not certs(n["required_certifications"]) <= certs(it["certifications"], s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])), ("lead", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q),
                ("province", boga and s["region"][:2] != n["region"][:2])] if fail]
            if why:
                bad.append(f"{n['need_id']} {x}: {', '.join(why)}")
    for b in bad:
        print(b)
    empty = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(need)} needs ({empty} empty), {len(cat)} items, {len(sup)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
