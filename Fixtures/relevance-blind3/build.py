#!/usr/bin/env python3
"""Writes suppliers.csv, catalog.csv, needs.csv and labels.csv from catalog_data.py and needs_data.py (stdlib, seeded).

    python3 build.py          # same bytes every run; then python3 check_labels.py

Labels come from the labeller's kinds: a need's acceptable items are the items of an accepted kind that meet every
hard constraint at AS_OF (perishables: the whole quantity in one month, and only from the need's province). The
build fails when a need with an accepted kind gets no item, or when a "?kind" need has a feasible item of that kind.
"""
import csv
import datetime as dt
import os
import random

from catalog_data import CATEGORY, PERISHABLE, SUPPLIERS
from needs_data import NEEDS, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
rng = random.Random(3_2026_0202)

# Words marketplace sellers put around a title; the re-listing keeps the product, only the dressing changes.
OPENERS = ["[FREE ONGKIR]", "[READY STOCK]", "PROMO", "Grosir", "TERMURAH", "[COD]", "Original", "NEW ARRIVAL",
           "Best Seller", "PROMO AWAL TAHUN", "[Bisa Custom]"]
CLOSERS = ["BUY 3 GET 1", "- Harga Grosir", "Kirim Hari Ini", "Termurah Se-Banten", "Kualitas Ekspor",
           "| Produk Lokal UMKM", "Bisa Partai Besar", "Min Order 10", "Garansi Puas", "Stok Melimpah"]


def relisted(title):
    """A marketplace re-listing title of the same product: capitals, promo words, sometimes a doubled space."""
    r = rng.random()
    if r < 0.4:
        title = title.upper()
    elif r < 0.6:
        title = " ".join(w[:1].upper() + w[1:] for w in title.split(" "))
    if rng.random() < 0.55:
        title = f"{rng.choice(OPENERS)} {title}"
    if rng.random() < 0.55:
        title = f"{title} {rng.choice(CLOSERS)}"
    if rng.random() < 0.2:
        i = title.find(" ", len(title) // 2)
        if i > 0:
            title = title[:i] + "  " + title[i + 1:]
    return title


def certificate(kind):
    if kind == "pirt-expired":
        return f"pirt:P-IRT {rng.randrange(10**14, 10**15)}-22"
    prefix = {"halal": "ID36", "pirt": "P-IRT ", "bpom": "MD ", "sni": "SPPT SNI ", "batikmark": "BM-",
              "iso-9001": "QMS/", "svlk": "LK-"}.get(kind, "")
    return f"{kind}:{prefix}{rng.randrange(10**8, 10**9)}"


def rupiah(p):
    step = 100 if p < 50000 else 1000 if p < 1000000 else 25000
    return max(step, round(p / step) * step)


def build_catalog():
    suppliers, items, taken = [], [], set()
    for key, name, scale, region, certs, active, products in SUPPLIERS:
        nib = str(rng.randrange(10**12, 10**13))
        while nib in taken:
            nib = str(rng.randrange(10**12, 10**13))
        taken.add(nib)
        suppliers.append(dict(
            nib=nib, name=name, scale=scale, region=region, sentra="",
            certifications=";".join(certificate(c) for c in certs.split(";") if c),
            active="ya" if active else "tidak", verified_on=f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            npwp=str(rng.randrange(10**14, 10**15)), phone=f"08{rng.randrange(10**9, 10**10)}",
            email=f"{key.lower()}@usaha.contoh.id"))
        n = 0
        for product in products:
            kind, title, unit, price, cap, lead = product[:6]
            desc = product[6] if len(product) > 6 else ""
            item_certs = product[7] if len(product) > 7 else ""
            listings = [(title, price, cap, lead, desc)]
            for _ in range(rng.choices([0, 1, 2], weights=[5, 4, 1])[0]):
                listings.append((relisted(title), rupiah(price * rng.uniform(0.92, 1.2)),
                                 max(1, int(cap * rng.uniform(0.7, 1.3))), lead + rng.choice([0, 0, 1, 3]), ""))
            for t, p, c, lt, d in listings:
                n += 1
                items.append(dict(
                    nib=nib, sku=f"B3-{key}-{n:02d}", name=t, category=CATEGORY[key[0]], unit=unit,
                    unit_price=str(p), capacity_per_month=str(c), lead_time_days=str(lt),
                    tkdn=str(rng.randint(35, 95)), bmp=str(rng.randint(0, 15)),
                    certifications=";".join(certificate(x) for x in item_certs.split(";") if x), description=d,
                    _kind=kind))
    return suppliers, items


def feasible(item, need, sup):
    s = sup[item["nib"]]
    if s["active"] != "ya" or s["scale"] == "besar" or item["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (item["certifications"] + ";" + s["certifications"]).split(";") if c}
    if any(r not in held for r in need["required_certifications"].split(";") if r):
        return False
    q = int(need["quantity"])
    if int(item["unit_price"]) * q > int(need["budget"]):
        return False
    deadline = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
    days = (deadline - AS_OF).days
    if int(item["lead_time_days"]) > days:
        return False
    cap = int(item["capacity_per_month"])
    if item["_kind"] in PERISHABLE:
        return cap >= q
    return cap * min(12, max(1, days // 30)) >= q


def main():
    suppliers, items = build_catalog()
    sup = {s["nib"]: s for s in suppliers}
    known = {it["_kind"] for it in items}
    needs, labels = [], []
    for i, (cat, opd, desc, qty, unit, budget, region, by, certs, kinds, note) in enumerate(NEEDS, 1):
        need = dict(need_id=f"B3-{i:03d}", opd_code=opd, opd_name=OPDS[opd], fiscal_year="2026", program="",
                    category=cat, description=desc, quantity=str(qty), unit=unit, budget=str(budget),
                    region=region, needed_by=by, required_certifications=certs)
        needs.append(need)
        wanted = [k for k in kinds if not k.startswith("?")]
        for k in wanted:
            if k not in known:
                raise SystemExit(f"{need['need_id']}: unknown kind {k}")
        for k in (k[1:] for k in kinds if k.startswith("?")):
            hit = [it["sku"] for it in items if it["_kind"] == k and feasible(it, need, sup)]
            if hit:
                raise SystemExit(f"{need['need_id']} {desc}: expected nothing feasible of {k}, got {hit}")
        ok = [it for it in items if it["_kind"] in wanted and feasible(it, need, sup)]
        ok = [it for it in ok if it["_kind"] not in PERISHABLE or sup[it["nib"]]["region"][:2] == region[:2]]
        if wanted and not ok:
            raise SystemExit(f"{need['need_id']} {desc}: no acceptable item")
        labels.append(dict(need_id=need["need_id"], acceptable_nibs=";".join(sorted({it["nib"] for it in ok})),
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
    write("needs.csv", needs, list(needs[0].keys()))
    write("labels.csv", labels, ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
    empty = sum(1 for l in labels if not l["acceptable_nibs"])
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs ({empty} with no acceptable product)")


if __name__ == "__main__":
    main()
