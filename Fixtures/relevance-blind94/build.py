#!/usr/bin/env python3
"""Builds suppliers.csv, catalog.csv, needs.csv, labels.csv for relevance-blind94 (stdlib, seeded).

    python3 build.py && python3 check_labels.py

Every hand-written product (catalog_data.py) is listed once as written, then re-listed 0-2 times the way
marketplace sellers re-list it (case changes, promo words, sizes, doubled spaces; price -10%..+25%,
capacity +-40%, lead time +0..3 days). Labels follow from the labeller's kinds (needs_data.py) and the hard
constraints at AS_OF; perishable kinds need capacity_per_month >= quantity and are bought in the need's
kabupaten/kota when any such item qualifies there, else in its province, never outside it.
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, UNITS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
YEAR_END = dt.date(2026, 12, 31)
R = random.Random(940202)

PREFIX = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "Grosir", "[COD]", "Termurah", "ORI", "Produk UMKM",
          "Langsung Petani", "Best Seller"]
SUFFIX = ["BUY 3 GET 1", "Harga Instansi", "Bisa Partai", "| Kirim Cepat", "- Stok Banyak", "Kualitas Super",
          "Siap Kirim", "Harga Grosir", "Bergaransi"]
CERT_NO = {"halal": lambda: f"ID{R.randrange(10**13, 10**14)}", "pirt": lambda: f"P-IRT {R.randrange(10**14, 10**15)}",
           "bpom": lambda: f"MD {R.randrange(10**11, 10**12)}", "sni": lambda: f"SPPT SNI {R.randrange(10**5, 10**6)}",
           "svlk": lambda: f"VLK-{R.randrange(10**4, 10**5)}", "iso-9001": lambda: f"QMS-{R.randrange(10**5, 10**6)}",
           "batikmark": lambda: f"BTM-{R.randrange(10**3, 10**4)}"}


def messy(name):
    t = name
    r = R.random()
    if r < 0.35:
        t = t.upper()
    elif r < 0.55:
        t = t.title()
    elif r < 0.65:
        t = t.lower()
    if R.random() < 0.6:
        t = R.choice(PREFIX) + " " + t
    if R.random() < 0.5:
        t = t + " " + R.choice(SUFFIX)
    if R.random() < 0.25:
        i = t.find(" ", len(t) // 2)
        if i > 0:
            t = t[:i] + "  " + t[i + 1:]
    return t


def rounded(p):
    step = 50 if p < 1000 else 100 if p < 50000 else 1000 if p < 1000000 else 25000
    return max(step, round(p / step) * step)


def build_catalog():
    sups, items, used = [], [], set()
    for key, name, scale, region, certs, active, cat, products in SUPPLIERS:
        nib = "".join(str(R.randrange(10)) for _ in range(12))
        nib = str(R.randrange(1, 10)) + nib
        while nib in used:
            nib = str(R.randrange(10**12, 10**13))
        used.add(nib)
        sups.append({"nib": nib, "name": name, "scale": scale, "region": region, "sentra": "",
                     "certifications": ";".join(f"{c}:{CERT_NO[c]()}" for c in certs.split(";") if c),
                     "active": "ya" if active else "tidak",
                     "verified_on": f"2025-{R.randint(3, 12):02d}-{R.randint(1, 28):02d}",
                     "npwp": str(R.randrange(10**14, 10**15)), "phone": "08" + str(R.randrange(10**9, 10**10)),
                     "email": f"{key.lower()}.ikm@contoh.id", "_key": key})
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(R.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                rows.append((messy(pname), rounded(price * R.uniform(0.9, 1.25)),
                             max(1, round(cap * R.uniform(0.6, 1.4))), lead + R.choice([0, 0, 1, 2, 3])))
            for title, p, c, lt in rows:
                n += 1
                items.append({"nib": nib, "sku": f"{key}-{n:02d}", "name": title, "category": CATEGORY[key],
                              "unit": unit, "unit_price": str(p), "capacity_per_month": str(c),
                              "lead_time_days": str(lt), "tkdn": str(R.randint(40, 95)), "bmp": str(R.randint(0, 15)),
                              "certifications": "", "description": "", "_kind": kind})
    return sups, items


def fits(it, need, s):
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in s["certifications"].split(";") + it["certifications"].split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    months = 1 if it["_kind"] in PERISHABLE else min(12, max(1, days // 30))
    return int(it["capacity_per_month"]) * months >= q


def acceptable(kinds, need, items, sup):
    ok = [it for it in items if it["_kind"] in kinds and fits(it, need, sup[it["nib"]])]
    keep = [it for it in ok if it["_kind"] not in PERISHABLE]
    fresh = [it for it in ok if it["_kind"] in PERISHABLE]
    same = [it for it in fresh if sup[it["nib"]]["region"] == need["region"]]
    prov = [it for it in fresh if sup[it["nib"]]["region"][:2] == need["region"][:2]]
    return keep + (same or prov)


def main():
    sups, items = build_catalog()
    sup = {s["nib"]: s for s in sups}
    kinds_known = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (unit, cat, desc, qty, qunit, budget, by, certs, kinds, note) in enumerate(NEEDS, 1):
        code, opd_name, region = UNITS[unit]
        need = {"need_id": f"BL94-{i:03d}", "opd_code": code, "opd_name": opd_name, "fiscal_year": "2026",
                "program": "", "category": cat, "description": desc, "quantity": str(qty), "unit": qunit,
                "budget": str(budget), "region": region, "needed_by": by, "required_certifications": certs}
        wanted = [k for k in kinds if not k.startswith("?")]
        blocked = [k[1:] for k in kinds if k.startswith("?")]
        for k in wanted + blocked:
            if k not in kinds_known:
                raise SystemExit(f"{need['need_id']}: unknown kind {k}")
        if blocked and acceptable(blocked, need, items, sup):
            raise SystemExit(f"{need['need_id']} {desc}: {blocked} meant to be excluded but feasible")
        ok = acceptable(wanted, need, items, sup)
        if wanted and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: no acceptable item")
        needs.append(need)
        labels.append({"need_id": need["need_id"], "acceptable_nibs": ";".join(sorted({it["nib"] for it in ok})),
                       "acceptable_skus": ";".join(sorted(it["sku"] for it in ok)), "split": "holdout", "note": note})

    def write(name, rows, cols):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", sups, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                  "verified_on", "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0]))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for lab in labels if not lab["acceptable_nibs"])
    print(f"{len(sups)} suppliers, {len(items)} items, {len(needs)} needs, {empty} with no acceptable product")


if __name__ == "__main__":
    main()
