#!/usr/bin/env python3
"""Fresh label checker for relevance-blind90 (stdlib; reads only the four CSVs and the Kemendagri list).

Exit 0 when: contract values are valid (13-digit unique NIBs and NPWPs of 15 digits, scales, active flags,
region codes, category slugs, plain-digit money, unique SKUs and need ids, known certificate types), and every
acceptable SKU in labels.csv meets every hard constraint of CONTRACT.md "Matching" at AS_OF (active, not
besar, the need's category, every required certificate held by item or supplier, unit_price x quantity <=
budget, lead time within the days to needed_by or 31 December, capacity x months >= quantity), and the
perishable rule: a perishable item (jasa-boga, or fresh soy milk / kue basah / bottled jamu by name) must
carry the quantity in one month, and a need's acceptable perishable makers are all in its kabupaten/kota or
all in its province. Also: acceptable_nibs are exactly the SKUs' suppliers, split is `holdout`.
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
CERTS = {"halal", "pirt", "bpom", "sni", "svlk", "iso-9001", "batikmark", "cpotb"}
FRESH = ("susu kedelai", "susu kedele", "kue basah", "jamu kunyit asam botol", "jamu beras kencur botol")


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def types(*cells):
    return {p.split(":")[0].strip().lower() for c in cells for p in c.split(";") if p.strip()}


def perishable(item):
    name = " ".join(item["name"].lower().split())
    return item["category"] == "jasa-boga" or any(w in name for w in FRESH)


def main():
    bad = []
    with open(REGIONS, newline="", encoding="utf-8") as f:
        codes = {r["kode"] for r in csv.DictReader(f)}
    sups, cat, needs, labels = (rows(n) for n in ("suppliers.csv", "catalog.csv", "needs.csv", "labels.csv"))
    S = {}
    for s in sups:
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["nib"] in S:
            bad.append(f"supplier {s['name']}: nib")
        if s["scale"] not in SCALES or s["region"] not in codes or s["active"] not in ("ya", "tidak"):
            bad.append(f"supplier {s['nib']}: scale/region/active")
        if not re.fullmatch(r"\d{15}", s["npwp"]) or not types(s["certifications"]) <= CERTS:
            bad.append(f"supplier {s['nib']}: npwp/certificates")
        S[s["nib"]] = s
    I = {}
    for it in cat:
        if it["sku"] in I:
            bad.append(f"sku {it['sku']} twice")
        if it["nib"] not in S or it["category"] not in SLUGS or not it["unit_price"].isdigit() \
                or not it["capacity_per_month"].isdigit() or not it["lead_time_days"].isdigit():
            bad.append(f"item {it['sku']}: nib/category/numbers")
        if not types(it["certifications"]) <= CERTS:
            bad.append(f"item {it['sku']}: certificates")
        I[it["sku"]] = it
    N = {}
    for n in needs:
        if n["need_id"] in N or n["category"] not in SLUGS or n["region"] not in codes or not n["budget"].isdigit():
            bad.append(f"need {n['need_id']}: id/category/region/budget")
        N[n["need_id"]] = n
    if [lab["need_id"] for lab in labels] != [n["need_id"] for n in needs]:
        bad.append("labels.csv does not follow needs.csv")
    for lab in labels:
        n = N[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if any(x not in I for x in skus):
            bad.append(f"{n['need_id']}: unknown sku")
            continue
        if {I[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            bad.append(f"{n['need_id']}: acceptable_nibs differ from the SKUs' suppliers")
        if lab["split"] != "holdout":
            bad.append(f"{n['need_id']}: split")
        q = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(int(n["fiscal_year"]), 12, 31)
        days = (end - AS_OF).days
        need_certs = types(n["required_certifications"])
        for sku in skus:
            it, s = I[sku], S[I[sku]["nib"]]
            months = 1 if perishable(it) else min(12, max(1, days // 30))
            why = [w for w, b in (
                ("inactive", s["active"] != "ya"), ("besar", s["scale"] == "besar"),
                ("category", it["category"] != n["category"]),
                ("certificate", not need_certs <= types(it["certifications"], s["certifications"])),
                ("budget", int(it["unit_price"]) * q > int(n["budget"])),
                ("lead time", int(it["lead_time_days"]) > days),
                ("capacity", int(it["capacity_per_month"]) * months < q)) if b]
            if why:
                bad.append(f"{n['need_id']} {sku}: {', '.join(why)}")
        fresh = [S[I[x]["nib"]]["region"] for x in skus if perishable(I[x])]
        if fresh and not (all(r == n["region"] for r in fresh) or
                          (all(r[:2] == n["region"][:2] for r in fresh) and n["region"] not in fresh)):
            bad.append(f"{n['need_id']}: perishable makers not all local")
    for b in bad:
        print(b)
    print(f"{len(needs)} needs, {len(cat)} items, {len(sups)} suppliers: {len(bad)} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
