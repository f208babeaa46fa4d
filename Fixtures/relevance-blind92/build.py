#!/usr/bin/env python3
"""Builds suppliers.csv, catalog.csv, needs.csv, labels.csv for relevance-blind92 (stdlib, seeded).

    python3 build.py && python3 check_labels.py

Every hand-written product of catalog_data.py is listed once as written, then re-listed 0-2 times the way
marketplace sellers do (capitals, promo words, doubled spaces; price -10%..+25%, capacity +-40%, lead +0..3).
Labels: an item is acceptable when its kind is one the need accepts and it passes every hard constraint at
AS_OF. Perishable kinds (catalog_data.PERISHABLE) need capacity_per_month >= quantity and are bought in the
need's kabupaten/kota when any qualifies there, else in its province, else nowhere.
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, UNITS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
RNG = random.Random(920202)

PREFIX = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "Grosir", "[Halal]", "Paket Hemat", "Termurah", "ORI",
          "Pesan Sekarang", "Harga Pabrik"]
SUFFIX = ["BUY 3 GET 1", "Harga Instansi", "- UMKM Binaan", "Bisa Partai", "| Ready Banyak", "Khas Daerah",
          "Kirim Hari Ini", "Bisa Nota Dinas", "Murah Meriah"]
CERT_NO = {"halal": lambda: f"ID36{RNG.randrange(10**11, 10**12)}", "pirt": lambda: f"P-IRT {RNG.randrange(10**14, 10**15)}",
           "bpom": lambda: f"MD {RNG.randrange(10**11, 10**12)}", "sni": lambda: f"SNI-{RNG.randrange(10**5, 10**6)}",
           "svlk": lambda: f"SVLK-{RNG.randrange(10**4, 10**5)}", "iso-9001": lambda: f"ISO-{RNG.randrange(10**5, 10**6)}",
           "batikmark": lambda: f"BTM-{RNG.randrange(10**3, 10**4)}"}


def messy(title):
    r = RNG.random()
    title = title.upper() if r < 0.35 else title.title() if r < 0.55 else title.lower() if r < 0.65 else title
    if RNG.random() < 0.6:
        title = RNG.choice(PREFIX) + " " + title
    if RNG.random() < 0.5:
        title = title + " " + RNG.choice(SUFFIX)
    if RNG.random() < 0.25:
        i = title.find(" ")
        title = title[:i] + "  " + title[i + 1:] if i > 0 else title
    return title


def round_price(p):
    step = 50 if p < 5000 else 500 if p < 500000 else 10000
    return max(step, round(p / step) * step)


def catalog():
    sups, items, seen = [], [], set()
    for key, name, scale, region, certs, active, _cat, products in SUPPLIERS:
        nib = str(RNG.randrange(10**12, 10**13))
        while nib in seen:
            nib = str(RNG.randrange(10**12, 10**13))
        seen.add(nib)
        sups.append({"nib": nib, "name": name, "scale": scale, "region": region, "sentra": "",
                     "certifications": ";".join(f"{c}:{CERT_NO[c]()}" for c in certs.split(";") if c),
                     "active": "ya" if active else "tidak",
                     "verified_on": f"2025-{RNG.randint(1, 12):02d}-{RNG.randint(1, 28):02d}",
                     "npwp": str(RNG.randrange(10**14, 10**15)), "phone": f"08{RNG.randrange(10**9, 10**10)}",
                     "email": f"{key.lower()}@ikm92.contoh.id", "_key": key})
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(RNG.choices([0, 1, 2], [3, 5, 2])[0]):
                rows.append((messy(pname), round_price(price * RNG.uniform(0.9, 1.25)),
                             max(1, round(cap * RNG.uniform(0.6, 1.4))), lead + RNG.choice([0, 0, 1, 3])))
            for title, p, c, lt in rows:
                n += 1
                items.append({"nib": nib, "sku": f"{key}-{n:02d}", "name": title, "category": CATEGORY[key],
                              "unit": unit, "unit_price": str(p), "capacity_per_month": str(c),
                              "lead_time_days": str(lt), "tkdn": str(RNG.randint(40, 95)), "bmp": str(RNG.randint(0, 15)),
                              "certifications": "", "description": "", "_kind": kind})
    return sups, items


def feasible(it, need, s):
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in s["certifications"].split(";") + it["certifications"].split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    months = 1 if it["_kind"] in PERISHABLE else min(12, max(1, days // 30))
    return int(it["capacity_per_month"]) * months >= q


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        place = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    sups, items = catalog()
    by_nib = {s["nib"]: s for s in sups}
    kinds_known = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        kab = f"{opd[:2]}.{opd[2:4]}"
        need = {"need_id": f"BL92-{i:03d}", "opd_code": opd,
                "opd_name": f"{UNITS[opd[5:]]} {place[kab].replace('Kabupaten ', 'Kab. ')}",
                "fiscal_year": "2026", "program": "", "category": cat, "description": desc, "quantity": str(qty),
                "unit": unit, "budget": str(budget), "region": region, "needed_by": by, "required_certifications": certs}
        needs.append(need)
        want = [k for k in kinds if not k.startswith("?")]
        trap = [k[1:] for k in kinds if k.startswith("?")]
        for k in want + trap:
            if k not in kinds_known:
                raise SystemExit(f"{need['need_id']}: unknown kind {k}")
        for it in items:
            if it["_kind"] in trap and feasible(it, need, by_nib[it["nib"]]):
                if it["_kind"] not in PERISHABLE or by_nib[it["nib"]]["region"][:2] == region[:2]:
                    raise SystemExit(f"{need['need_id']} {desc}: {it['sku']} is feasible")
        ok = [it for it in items if it["_kind"] in want and feasible(it, need, by_nib[it["nib"]])]
        fresh = [it for it in ok if it["_kind"] in PERISHABLE]
        if fresh:
            same = [it for it in fresh if by_nib[it["nib"]]["region"] == region]
            prov = [it for it in fresh if by_nib[it["nib"]]["region"][:2] == region[:2]]
            ok = [it for it in ok if it["_kind"] not in PERISHABLE] + (same or prov)
        if want and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: nothing acceptable")
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
