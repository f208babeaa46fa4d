#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv from the hand-written data (stdlib, seeded).

    python3 build.py      # same bytes every run; then python3 check_labels.py
"""
import csv
import datetime as dt
import os
import random

from catalog_data import PRODUCTS, SUPPLIERS
from needs_data import NEEDS, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 15)
rng = random.Random(38_20260115)
PERISHABLE_KINDS = {"jamu-beras-kencur", "jamu-kunyit-asam"}


def cert_cell(spec):
    out = []
    for c in [c for c in spec.split(";") if c]:
        if c == "pirt-expired":
            out.append(f"pirt:{rng.randrange(10**14, 10**15)}-23")
        elif c == "pirt":
            out.append(f"pirt:{rng.randrange(10**14, 10**15)}-29")
        elif c == "halal":
            out.append(f"halal:ID{rng.randrange(10**13, 10**14)}")
        elif c == "bpom":
            out.append(f"bpom:MD{rng.randrange(10**11, 10**12)}")
        elif c == "sni":
            out.append(f"sni:SPPT-{rng.randrange(10**5, 10**6)}")
        elif c == "iso-9001":
            out.append(f"iso-9001:QMS-{rng.randrange(10**5, 10**6)}")
        elif c == "svlk":
            out.append(f"svlk:VLK-{rng.randrange(10**4, 10**5)}")
        elif c == "batikmark":
            out.append(f"batikmark:BM-{rng.randrange(10**3, 10**4)}")
        else:
            out.append(c)
    return ";".join(out)


def build():
    sups, nib_of = [], {}
    for i, (key, (name, scale, region, certs, active, sentra)) in enumerate(SUPPLIERS.items()):
        nib = str(rng.randrange(10**12, 10**13))
        nib_of[key] = nib
        sups.append(dict(nib=nib, name=name, scale=scale, region=region, sentra=sentra, certifications=cert_cell(certs),
                         active=active, verified_on=(AS_OF - dt.timedelta(days=rng.randrange(20, 400))).isoformat(),
                         npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
                         email=f"b38s{i + 1}@contoh.id"))
    items, kind_of = [], {}
    per_sup = {}
    for key, kind, cat, unit, price, cap, lead, certs, titles in PRODUCTS:
        for j, title in enumerate(titles):
            per_sup[key] = per_sup.get(key, 0) + 1
            sku = f"B38-{key.upper()}-{per_sup[key]:02d}"
            p = price if j == 0 else int(round(price * rng.uniform(0.88, 1.2) / 500.0)) * 500
            c = cap if j == 0 or cap is None else max(1, int(cap * rng.uniform(0.6, 1.3)))
            items.append(dict(nib=nib_of[key], sku=sku, name=title, category=cat, unit=unit, unit_price=str(p),
                              capacity_per_month="" if c is None else str(c), lead_time_days=str(lead + (0 if j == 0 else rng.randrange(0, 3))),
                              tkdn=str(rng.randrange(40, 95)), bmp=str(rng.randrange(0, 15)), certifications=cert_cell(certs),
                              description=""))
            kind_of[sku] = kind
    return sups, items, kind_of


def feasible(it, need, sup):
    if sup["active"] != "ya" or sup["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (it["certifications"] + ";" + sup["certifications"]).split(";") if c}
    if any(c not in held for c in need["required_certifications"].split(";") if c):
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    deadline = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
    days = (deadline - AS_OF).days
    if int(it["lead_time_days"] or 0) > days:
        return False
    cap = int(it["capacity_per_month"]) if it["capacity_per_month"] else None
    months = 1 if need["category"] == "jasa-boga" else min(12, max(1, days // 30))
    return cap is None or cap * months >= q


def main():
    sups, items, kind_of = build()
    sup_of = {s["nib"]: s for s in sups}
    needs, labels = [], []
    for k, (opd, cat, desc, q, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        code, oname = OPDS[opd]
        n = dict(need_id=f"BL38-{k:03d}", opd_code=code, opd_name=oname, fiscal_year="2026", program="", category=cat,
                 description=desc, quantity=str(q), unit=unit, budget=str(budget), region=region, needed_by=by,
                 required_certifications=certs)
        needs.append(n)
        ok = [it for it in items if kind_of[it["sku"]] in kinds and feasible(it, n, sup_of[it["nib"]])]
        perishable = cat == "jasa-boga" or any(kind_of[it["sku"]] in PERISHABLE_KINDS for it in ok)
        if perishable:
            local = [it for it in ok if sup_of[it["nib"]]["region"] == region]
            prov = [it for it in ok if sup_of[it["nib"]]["region"][:2] == region[:2]]
            ok = local or prov
        if kinds and not ok:
            raise SystemExit(f"{n['need_id']} has kinds {kinds} but no feasible item")
        labels.append(dict(need_id=n["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
                           acceptable_skus=";".join(it["sku"] for it in ok), split="holdout", note=note))

    def write(name, rows, cols):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", sups, ["nib", "name", "scale", "region", "sentra", "certifications", "active", "verified_on",
                                  "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0].keys()))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    print(f"{len(sups)} suppliers, {len(items)} items, {len(needs)} needs, "
          f"{sum(1 for l in labels if not l['acceptable_skus'])} without an acceptable product")


if __name__ == "__main__":
    main()
