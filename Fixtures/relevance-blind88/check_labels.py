#!/usr/bin/env python3
"""Independent checker for relevance-blind88: reads only the four CSVs (and the Kemendagri region list).

Fails (exit 1) on: bad or duplicate NIBs (13 digits), unknown scale/region/category, non-digit money,
duplicate SKUs or need ids, labels not covering exactly the needs, a split other than `holdout`,
acceptable_nibs that are not exactly the suppliers of acceptable_skus, or any acceptable SKU breaking a
hard constraint of CONTRACT.md "Matching" at AS_OF (active, not besar, category, certificates on item or
supplier, unit_price x quantity <= budget, lead time <= days to needed_by or 31 Dec, capacity x months >=
quantity with months = min(12, max(1, days // 30)), one month for jasa-boga).
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


def certs(*cells):
    return {p.split(":")[0].strip().lower() for c in cells for p in c.split(";") if p.strip()}


def main():
    bad = []
    regions = {r["kode"] for r in rows("kabupaten_kota.csv", "/work/shared/data/wilayah")}
    sup, cat, need = {}, {}, {}
    for s in rows("suppliers.csv"):
        if not re.fullmatch(r"[0-9]{13}", s["nib"]) or s["nib"] in sup:
            bad.append(f"nib {s['nib']}")
        if s["scale"] not in SCALES or s["region"] not in regions or s["active"] not in ("ya", "tidak"):
            bad.append(f"supplier {s['nib']} scale/region/active")
        sup[s["nib"]] = s
    for it in rows("catalog.csv"):
        if it["sku"] in cat or it["nib"] not in sup or it["category"] not in CATS:
            bad.append(f"item {it['sku']}")
        for col in ("unit_price", "capacity_per_month", "lead_time_days"):
            if not it[col].isdigit():
                bad.append(f"item {it['sku']} {col}")
        cat[it["sku"]] = it
    for n in rows("needs.csv"):
        if n["need_id"] in need or n["category"] not in CATS or n["region"] not in regions or not n["budget"].isdigit():
            bad.append(f"need {n['need_id']}")
        need[n["need_id"]] = n
    labels = rows("labels.csv")
    if sorted(lab["need_id"] for lab in labels) != sorted(need):
        bad.append("labels do not cover exactly the needs")
    for lab in labels:
        n = need[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']} split")
        if any(x not in cat for x in skus):
            bad.append(f"{n['need_id']} unknown sku")
            continue
        if {cat[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            bad.append(f"{n['need_id']} nibs differ from skus")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        req = {c.strip().lower() for c in n["required_certifications"].split(";") if c.strip()}
        for x in skus:
            it, s = cat[x], sup[cat[x]["nib"]]
            why = [w for w, b in (("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                                  ("category", it["category"] != n["category"]),
                                  ("certificate", not req <= certs(it["certifications"], s["certifications"])),
                                  ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                                  ("lead", int(it["lead_time_days"]) > days),
                                  ("capacity", int(it["capacity_per_month"]) * months < q)) if b]
            if why:
                bad.append(f"{n['need_id']} {x}: {', '.join(why)}")
    for b in bad:
        print(b)
    print(f"{len(need)} needs, {len(cat)} items, {len(sup)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
