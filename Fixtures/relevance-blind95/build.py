#!/usr/bin/env python3
"""Builds suppliers.csv, catalog.csv, needs.csv and labels.csv of relevance-blind95 (stdlib, seeded).

    python3 build.py && python3 check_labels.py

Every hand-written product of catalog_data.py is listed once as written, then re-listed 0-2 times the way
marketplace sellers do (upper/title case, promo tags, doubled spaces, pack sizes; price -10%..+25%,
capacity +-40%, lead time +0..3 days). A listing is acceptable for a need when its kind is one the need
accepts and it meets every hard constraint on AS_OF; for perishable kinds the capacity of one month must
cover the quantity, and only makers in the need's kabupaten/kota count when any qualifies there, else the
province's.
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
REGIONS = "/work/shared/data/wilayah/kabupaten_kota.csv"
R = random.Random(950202)

TAGS_FRONT = ["[FREE ONGKIR]", "[READY STOCK]", "[PROMO]", "GROSIR", "Termurah!!", "[COD]", "Ori 100%",
              "Produk UMKM", "[BISA CUSTOM]", "Hot Sale", "Harga Distributor", "[Stok Banyak]"]
TAGS_BACK = ["BUY 3 GET 1", "Harga Instansi", "- Siap Kirim", "| Termurah Se-Indonesia", "Bisa Nego",
             "Kualitas Premium", "(Grosir/Ecer)", "Kirim Hari Ini", "Free Packing Kayu", "Bayar di Tempat",
             "Harga Khusus Dinas", "- Garansi Uang Kembali"]


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
        t = R.choice(TAGS_FRONT) + " " + t
    if R.random() < 0.5:
        t = t + " " + R.choice(TAGS_BACK)
    if R.random() < 0.25:
        i = t.find(" ", len(t) // 2)
        if i > 0:
            t = t[:i] + "  " + t[i + 1:]
    return t


def certificates(spec):
    form = {"halal": ("ID36", 12), "pirt": ("2", 14), "bpom": ("MD", 11), "sni": ("SNI-", 6), "svlk": ("SVLK-", 5),
            "iso-9001": ("ISO9001-", 6), "batikmark": ("BTK-", 4)}
    cells = []
    for c in (x for x in spec.split(";") if x):
        prefix, width = form[c]
        cells.append(f"{c}:{prefix}{R.randrange(10 ** (width - 1), 10 ** width)}")
    return ";".join(cells)


def round_price(p):
    step = 100 if p < 50000 else 1000 if p < 1000000 else 25000
    return max(step, int(round(p / step)) * step)


def catalog():
    suppliers, items, seen = [], [], set()
    for key, name, scale, region, certs, active, _cat, products in SUPPLIERS:
        nib = "%013d" % R.randrange(10 ** 12, 10 ** 13)
        while nib in seen:
            nib = "%013d" % R.randrange(10 ** 12, 10 ** 13)
        seen.add(nib)
        suppliers.append({"nib": nib, "name": name, "scale": scale, "region": region, "sentra": "",
                          "certifications": certificates(certs), "active": "ya" if active else "tidak",
                          "verified_on": "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
                          "npwp": "%015d" % R.randrange(10 ** 14, 10 ** 15),
                          "phone": "08%d" % R.randrange(10 ** 9, 10 ** 10), "email": f"{key.lower()}@ikm-contoh.id"})
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(R.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                rows.append((messy(pname), round_price(price * R.uniform(0.9, 1.25)),
                             max(1, round(cap * R.uniform(0.6, 1.4))), lead + R.choice([0, 0, 1, 2, 3])))
            for title, p, c, lt in rows:
                n += 1
                items.append({"nib": nib, "sku": f"B95-{key}-{n:02d}", "name": title, "category": CATEGORY[key],
                              "unit": unit, "unit_price": str(p), "capacity_per_month": str(c),
                              "lead_time_days": str(lt), "tkdn": str(R.randint(40, 90)), "bmp": str(R.randint(0, 15)),
                              "certifications": "", "description": "", "kind": kind})
    return suppliers, items


def meets(it, need, sup):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (s["certifications"] + ";" + it["certifications"]).split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    qty = int(need["quantity"])
    if int(it["unit_price"]) * qty > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    cap = int(it["capacity_per_month"])
    if it["kind"] in PERISHABLE:
        return cap >= qty
    return cap * min(12, max(1, days // 30)) >= qty


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        names = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    suppliers, items = catalog()
    sup = {s["nib"]: s for s in suppliers}
    kinds_known = {it["kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        need = {"need_id": f"B95-{i:03d}", "opd_code": opd, "opd_name": f"{UNITS[opd[6:]]} {names[opd[:5]]}",
                "fiscal_year": "2026", "program": "", "category": cat, "description": desc, "quantity": str(qty),
                "unit": unit, "budget": str(budget), "region": region, "needed_by": by,
                "required_certifications": certs}
        needs.append(need)
        want = [k for k in kinds if not k.startswith("?")]
        blocked = [k[1:] for k in kinds if k.startswith("?")]
        for k in want + blocked:
            if k not in kinds_known:
                raise SystemExit(f"{need['need_id']}: kind {k} not in catalog")
        for it in items:
            if it["kind"] in blocked and meets(it, need, sup):
                raise SystemExit(f"{need['need_id']}: {it['sku']} of blocked kind {it['kind']} is feasible")
        ok = [it for it in items if it["kind"] in want and meets(it, need, sup)]
        fresh = [it for it in ok if it["kind"] in PERISHABLE]
        if fresh:
            local = [it for it in fresh if sup[it["nib"]]["region"] == region]
            prov = [it for it in fresh if sup[it["nib"]]["region"][:2] == region[:2]]
            fresh_ok = local or prov
            ok = [it for it in ok if it["kind"] not in PERISHABLE or it in fresh_ok]
        if want and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: nothing acceptable")
        labels.append({"need_id": need["need_id"], "acceptable_nibs": ";".join(sorted({it["nib"] for it in ok})),
                       "acceptable_skus": ";".join(sorted(it["sku"] for it in ok)), "split": "holdout", "note": note})

    def write(fname, rows, cols):
        with open(os.path.join(HERE, fname), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", suppliers, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                       "verified_on", "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0]))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    none = sum(1 for lab in labels if not lab["acceptable_skus"])
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs, {none} with no acceptable product")


if __name__ == "__main__":
    main()
