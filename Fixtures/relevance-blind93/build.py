#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv for relevance-blind93.

    python3 build.py && python3 check_labels.py     # stdlib, seeded: same bytes every run

Each hand-written product of catalog_data.py is listed once as written and re-listed 0-2 times the way
marketplace sellers re-list (capitals, promo words, doubled spaces, a size; price -10%..+25%, capacity
+-40%). Labels come from the labeller's kinds (needs_data.py): an item is acceptable when its kind is one
the need accepts and it meets every hard constraint at AS_OF. Perishable kinds (catalog_data.PERISHABLE)
must be made within one month (capacity_per_month >= quantity) and come from the need's kabupaten/kota
when any qualifies there, else from its province.
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
rng = random.Random(93_2026_0202)

LEADS = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "TERMURAH", "Grosir", "[COD]", "Best Seller", "ORI",
         "[Bisa Custom]", "Harga Pabrik", "Produk UMKM"]
TAILS = ["BUY 3 GET 1", "Harga Instansi", "Bisa Partai", "- Langsung Pengrajin", "Kirim Jabodetabek",
         "| Stok Banyak", "Murah Meriah", "Siap Kirim", "Bisa Invoice Dinas", "Promo Awal Tahun"]
SIZES = ["(Kecil)", "(Besar)", "Jumbo", "Size M", "Ukuran Standar", "Uk. Sedang"]


def relist(name):
    t = name
    r = rng.random()
    if r < 0.35:
        t = t.upper()
    elif r < 0.55:
        t = t.title()
    elif r < 0.65:
        t = t.lower()
    if rng.random() < 0.6:
        t = f"{rng.choice(LEADS)} {t}"
    if rng.random() < 0.15:
        t = f"{t} {rng.choice(SIZES)}"
    if rng.random() < 0.5:
        t = f"{t} {rng.choice(TAILS)}"
    if rng.random() < 0.25:
        t = t.replace(" ", "  ", 1)
    return t


PREFIX = {"halal": ("ID", 14), "pirt": ("P-IRT ", 15), "bpom": ("MD", 12), "sni": ("SNI-", 6), "svlk": ("SVLK-", 5),
          "iso-9001": ("ISO-", 6), "batikmark": ("BM-", 4)}


def certs(spec):
    out = []
    for c in [c for c in spec.split(";") if c]:
        pre, digits = PREFIX.get(c, ("", 6))
        out.append(f"{c}:{pre}{rng.randrange(10 ** (digits - 1), 10 ** digits)}")
    return ";".join(out)


def round_price(p):
    step = 100 if p < 20000 else 500 if p < 1000000 else 25000
    return max(step, int(round(p / step)) * step)


def build_catalog():
    suppliers, items, seen = [], [], set()
    for key, name, scale, region, scerts, active, _cat, products in SUPPLIERS:
        nib = str(rng.randrange(10 ** 12, 10 ** 13))
        while nib in seen:
            nib = str(rng.randrange(10 ** 12, 10 ** 13))
        seen.add(nib)
        suppliers.append(dict(
            nib=nib, name=name, scale=scale, region=region, sentra="", certifications=certs(scerts),
            active="ya" if active else "tidak", verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            npwp=str(rng.randrange(10 ** 14, 10 ** 15)), phone=f"08{rng.randrange(10 ** 9, 10 ** 10)}",
            email=f"{key.lower()}.umkm@contoh.id"))
        n = 0
        for kind, pname, unit, price, cap, lead in products:
            rows = [(pname, price, cap, lead)]
            for _ in range(rng.choices([0, 1, 2], weights=[3, 5, 2])[0]):
                rows.append((relist(pname), round_price(price * rng.uniform(0.9, 1.25)),
                             max(1, int(cap * rng.uniform(0.6, 1.4))), lead + rng.choice([0, 0, 1, 2])))
            for title, p, c, lt in rows:
                n += 1
                items.append(dict(nib=nib, sku=f"{key}-{n:02d}", name=title, category=CATEGORY[key], unit=unit,
                                  unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                                  tkdn=str(rng.randint(30, 90)), bmp=str(rng.randint(0, 15)), certifications="",
                                  description="", _kind=kind))
    return suppliers, items


def fits(it, need, sup):
    s = sup[it["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or it["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in f"{it['certifications']};{s['certifications']}".split(";") if c}
    if not {c for c in need["required_certifications"].split(";") if c} <= held:
        return False
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return False
    end = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else YEAR_END
    days = (end - AS_OF).days
    if int(it["lead_time_days"]) > days:
        return False
    cap = int(it["capacity_per_month"])
    if it["_kind"] in PERISHABLE:
        return cap >= q
    return cap * min(12, max(1, days // 30)) >= q


def main():
    with open(REGIONS, newline="", encoding="utf-8") as f:
        place = {r["kode"]: r["nama"] for r in csv.DictReader(f)}
    suppliers, items = build_catalog()
    sup = {s["nib"]: s for s in suppliers}
    kinds_known = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, rc, kinds, note) in enumerate(NEEDS, 1):
        nid = f"BL93-{i:03d}"
        n = dict(need_id=nid, opd_code=opd, opd_name=f"{UNITS[opd.split('.')[1]]} {place[opd[:2] + '.' + opd[2:4]]}",
                 fiscal_year="2026", program="", category=cat, description=desc, quantity=str(qty), unit=unit,
                 budget=str(budget), region=region, needed_by=by, required_certifications=rc)
        needs.append(n)
        want = [k for k in kinds if not k.startswith("?")]
        absent = [k[1:] for k in kinds if k.startswith("?")]
        for k in want + absent:
            if k not in kinds_known:
                raise SystemExit(f"{nid}: unknown kind {k}")
        for it in items:
            if it["_kind"] in absent and fits(it, n, sup) and sup[it["nib"]]["region"][:2] == region[:2]:
                raise SystemExit(f"{nid} {desc}: {it['sku']} of {it['_kind']} is feasible")
        ok = [it for it in items if it["_kind"] in want and fits(it, n, sup)]
        if ok and any(it["_kind"] in PERISHABLE for it in ok):
            assert all(it["_kind"] in PERISHABLE for it in ok), nid
            same = [it for it in ok if sup[it["nib"]]["region"] == region]
            prov = [it for it in ok if sup[it["nib"]]["region"][:2] == region[:2]]
            ok = same or prov
        if want and not ok:
            raise SystemExit(f"{nid} {desc}: no acceptable item")
        labels.append(dict(need_id=nid, acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
                           acceptable_skus=";".join(sorted(it["sku"] for it in ok)), split="holdout", note=note))

    def write(name, rows, cols):
        with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    write("suppliers.csv", suppliers, ["nib", "name", "scale", "region", "sentra", "certifications", "active",
                                       "verified_on", "npwp", "phone", "email"])
    write("catalog.csv", items, ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                                 "lead_time_days", "tkdn", "bmp", "certifications", "description"])
    write("needs.csv", needs, list(needs[0]))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for lab in labels if not lab["acceptable_nibs"])
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs ({empty} with no acceptable product)")


if __name__ == "__main__":
    main()
