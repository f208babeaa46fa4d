#!/usr/bin/env python3
"""relevance-blind91 checker (stdlib). Reads only suppliers.csv, catalog.csv, needs.csv, labels.csv and the
Kemendagri region list; knows nothing of the kinds.

Checks the contract values (13-digit unique NIBs, scales, active flags, real region codes, category slugs,
plain-digit money, unique SKUs and need ids, 90-100 needs over all 13 categories) and that every acceptable
SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF: active, not besar, the need's category,
every required certificate (item or supplier), unit_price x quantity <= budget, lead time within the days
to needed_by (31 Dec when empty), capacity x months >= quantity; for jasa-boga (perishable) one month and a
supplier in the need's province. acceptable_nibs must be exactly the suppliers of acceptable_skus; split holdout.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
SLUGS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal", "kosmetik",
         "logam", "percetakan", "pertanian", "lainnya"}


def rows(name, folder=HERE):
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def types(*cells):
    return {p.split(":")[0].strip().lower() for c in cells for p in c.split(";") if p.strip()}


def main():
    bad = []
    regions = {r["kode"] for r in rows("kabupaten_kota.csv", "/work/shared/data/wilayah")}
    sups, items, needs, labels = (rows(n) for n in ("suppliers.csv", "catalog.csv", "needs.csv", "labels.csv"))
    S = {}
    for s in sups:
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in S:
            bad.append(f"NIB {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"} or s["region"] not in regions \
                or s["active"] not in {"ya", "tidak"} or s["region"][:2] not in {"36", "18", "32"}:
            bad.append(f"supplier {s['nib']} scale/region/active")
        S[s["nib"]] = s
    I = {}
    for it in items:
        if it["sku"] in I or it["nib"] not in S or it["category"] not in SLUGS:
            bad.append(f"item {it['sku']}")
        for col in ("unit_price", "capacity_per_month", "lead_time_days"):
            if not it[col].isdigit():
                bad.append(f"item {it['sku']} {col}")
        I[it["sku"]] = it
    N = {}
    for n in needs:
        if n["need_id"] in N or n["category"] not in SLUGS or n["region"] not in regions or not n["budget"].isdigit():
            bad.append(f"need {n['need_id']}")
        N[n["need_id"]] = n
    if not 90 <= len(needs) <= 100 or {n["category"] for n in needs} != SLUGS:
        bad.append("need count or category coverage")
    if [lab["need_id"] for lab in labels] != [n["need_id"] for n in needs]:
        bad.append("labels.csv rows differ from needs.csv")
    for lab in labels:
        n = N[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if {I[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            bad.append(f"{n['need_id']} nibs/skus")
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']} split")
        q = int(n["quantity"])
        days = ((dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)) - AS_OF).days
        perishable = n["category"] == "jasa-boga"
        months = 1 if perishable else min(12, max(1, days // 30))
        need_certs = types(n["required_certifications"])
        for x in skus:
            it, s = I[x], S[I[x]["nib"]]
            why = [w for w, fails in (
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not need_certs <= types(it["certifications"], s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                ("lead time", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q),
                ("province", perishable and s["region"][:2] != n["region"][:2])) if fails]
            if why:
                bad.append(f"{n['need_id']} {x}: {', '.join(why)}")
    for b in bad:
        print(b)
    empty = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(needs)} needs ({empty} empty), {len(items)} items, {len(sups)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
