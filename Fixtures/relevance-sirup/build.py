#!/usr/bin/env python3
"""Builds Fixtures/relevance-sirup: suppliers.csv, catalog.csv, needs.csv and labels.csv.

Deterministic (seeded). The hand-written content is in catalog_data.py (suppliers, products and
the labeller's own "kind" tag of each product) and needs_data.py (needs and the kinds an officer
would accept as the first proposal). This script only adds generated identifiers, certificate
numbers, contact details and marketplace-style listing variants, and writes the labels by applying
the hard constraints of CONTRACT.md "Matching" (see README.md "Labelling rules").

Run: python3 build.py   (stdlib only)
"""
import csv
import datetime as dt
import os
import random

from catalog_data import SUPPLIERS
from needs_data import NEEDS, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 1)
FISCAL_YEAR = 2026
SEED = 20261206

# Goods that must be produced in the month they are delivered (capacity_per_month >= quantity)
# and that an officer takes from the nearest producer (same kabupaten/kota, else same province).
PERISHABLE_CATEGORIES = {"jasa-boga"}
PERISHABLE_KINDS = {"jamukunyit", "jamukencur", "bandengsegar", "telur", "lelekonsumsi", "sayur",
                    "cabai", "benihnila", "benihlele", "nener"}

rng = random.Random(SEED)


def digits(n, first_nonzero=True):
    s = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return s + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def cert_number(ctype, region):
    r4 = region.replace(".", "")
    if ctype == "halal":
        return "ID" + r4[:2] + digits(15)
    if ctype == "pirt":
        return "2" + r4 + digits(8) + str(rng.choice([27, 28, 29, 30]))
    if ctype == "bpom":
        return "MD" + digits(12)
    if ctype == "sni":
        return "SPPT-SNI-" + digits(5)
    if ctype == "tkdn":
        return digits(5) + "/SJ-IND.8/TKDN/" + str(rng.choice([2024, 2025]))
    raise ValueError(ctype)


PROMO_PREFIX = ["[FREE ONGKIR] ", "PROMO ", "READY STOCK ", "Grosir ", "TERMURAH ", "[COD] ", "Best Seller "]
PROMO_SUFFIX = [" - Grosir", " (Bisa Partai Besar)", " | Bisa Custom", " ORIGINAL", " Kemasan Baru",
                " BUY 3 GET 1", " Harga Instansi", " | Bisa Nego", " Stok Banyak"]


def messy(name):
    """A marketplace-style re-listing of a product title."""
    t = name
    roll = rng.random()
    if roll < 0.25:
        t = t.upper()
    elif roll < 0.35:
        t = t.title()
    def fresh(word):
        return word.strip(" -|()[]").lower() not in t.lower()
    if rng.random() < 0.6:
        pre = rng.choice(PROMO_PREFIX)
        if fresh(pre):
            t = pre + t
    if rng.random() < 0.6 or t == name:
        suf = rng.choice([x for x in PROMO_SUFFIX if x.strip(" -|()[]").lower() not in t.lower()])
        t = t + suf
    return t


def build():
    suppliers, items = [], []
    used_nibs = set()
    for (key, name, scale, region, sentra, ctypes, active, prods) in SUPPLIERS:
        while True:
            nib = rng.choice(["9120", "8120", "1202", "0220", "9130"]) + digits(9, first_nonzero=False)
            if nib not in used_nibs:
                used_nibs.add(nib)
                break
        certs = {c: cert_number(c, region) for c in ctypes}
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:18]
        phone = "08" + rng.choice(["12", "13", "21", "52", "77", "95", "96"]) + digits(8, first_nonzero=False)
        email = rng.choice([f"{slug}@gmail.com", f"{slug}@yahoo.co.id", ""])
        verified = AS_OF - dt.timedelta(days=rng.randint(20, 700))
        npwp = digits(15) if rng.random() < 0.85 else ""
        suppliers.append(dict(
            key=key, nib=nib, name=name, scale=scale, region=region, sentra=sentra,
            certifications=";".join(f"{c}:{certs[c]}" for c in sorted(certs)),
            active=active, verified_on=verified.isoformat(), npwp=npwp, phone=phone, email=email))
        prefix = key.replace("-", "")
        n = 0
        for (pname, cat, unit, price, cap, lead, tkdn, pctypes, desc, kind) in prods:
            pcerts = ";".join(f"{c}:{certs.get(c) or cert_number(c, region)}" for c in sorted(pctypes))
            n += 1
            base = dict(nib=nib, sku=f"{prefix}-{n:03d}", name=pname, category=cat, unit=unit,
                        unit_price=price, capacity_per_month=cap, lead_time_days=lead, tkdn=tkdn,
                        bmp="", certifications=pcerts, description=desc, kind=kind, supplier=key)
            items.append(base)
            # Marketplace re-listings of the same product (another pack, a promo title, another price).
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                n += 1
                factor = rng.choice([0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.25])
                vp = int(round(price * factor / 500.0) * 500) if price >= 2000 else int(price * factor)
                vcap = cap if cap is None else max(1, int(cap * rng.choice([0.5, 0.8, 1, 1])))
                items.append(dict(base, sku=f"{prefix}-{n:03d}", name=messy(pname), unit_price=max(vp, 1),
                                  capacity_per_month=vcap,
                                  lead_time_days=lead + rng.choice([0, 0, 1, 2]),
                                  description=desc + rng.choice(["", "; hubungi admin untuk partai besar",
                                                                 "; siap kirim seluruh Indonesia", "; stok ready"])))
    assert len({it["sku"] for it in items}) == len(items), "SKUs must be unique across the catalog"
    # A few items with unknown capacity or unknown TKDN, as real catalogs have.
    for it in rng.sample(items, 12):
        it["capacity_per_month"] = None
    for it in rng.sample(items, 10):
        it["tkdn"] = None
    return suppliers, items


def months_available(needed_by):
    deadline = needed_by or dt.date(FISCAL_YEAR, 12, 31)
    days = (deadline - AS_OF).days
    return days, min(12, max(1, days // 30))


def feasible(item, sup, need):
    """Hard constraints of CONTRACT.md "Matching", with the production reading of capacity for perishables."""
    if sup["active"] != "ya" or sup["scale"] == "besar":
        return False
    if item["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (item["certifications"] + ";" + sup["certifications"]).split(";") if c}
    if any(r not in held for r in need["required"]):
        return False
    if item["unit_price"] * need["quantity"] > need["budget"]:
        return False
    days, months = months_available(need["needed_by"])
    if days < 0:
        return False
    if item["lead_time_days"] is not None and item["lead_time_days"] > days:
        return False
    cap = item["capacity_per_month"]
    if cap is not None:
        perishable = item["category"] in PERISHABLE_CATEGORIES or item["kind"] in PERISHABLE_KINDS
        if perishable and cap < need["quantity"]:
            return False
        if not perishable and cap * months < need["quantity"]:
            return False
    return True


def main():
    suppliers, items = build()
    sup_by_key = {s["key"]: s for s in suppliers}

    with open(os.path.join(HERE, "suppliers.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["nib", "name", "scale", "region", "sentra", "certifications", "active", "verified_on",
                    "npwp", "phone", "email"])
        for s in suppliers:
            w.writerow([s["nib"], s["name"], s["scale"], s["region"], s["sentra"], s["certifications"],
                        s["active"], s["verified_on"], s["npwp"], s["phone"], s["email"]])

    with open(os.path.join(HERE, "catalog.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                    "lead_time_days", "tkdn", "bmp", "certifications", "description"])
        for it in items:
            w.writerow([it["nib"], it["sku"], it["name"], it["category"], it["unit"], it["unit_price"],
                        "" if it["capacity_per_month"] is None else it["capacity_per_month"],
                        it["lead_time_days"], "" if it["tkdn"] is None else it["tkdn"], it["bmp"],
                        it["certifications"], it["description"]])

    # needs + labels
    needs = []
    for i, (opd, cat, desc, qty, unit, budget, region, needed_by, req, kinds, note) in enumerate(NEEDS, 1):
        needs.append(dict(need_id=f"SRP26-{i:03d}", opd=opd, category=cat, description=desc, quantity=qty,
                          unit=unit, budget=budget, region=region,
                          needed_by=dt.date.fromisoformat(needed_by) if needed_by else None,
                          required=[r for r in req.split(";") if r], kinds=set(kinds), note=note))

    # split: stratified by category, seeded shuffle, alternate tune/holdout
    by_cat = {}
    for n in needs:
        by_cat.setdefault(n["category"], []).append(n)
    for cat in sorted(by_cat):
        group = sorted(by_cat[cat], key=lambda n: n["need_id"])
        rng.shuffle(group)
        first = rng.choice(["tune", "holdout"])
        other = "holdout" if first == "tune" else "tune"
        for j, n in enumerate(group):
            n["split"] = first if j % 2 == 0 else other

    def program(n):
        d = n["description"].lower()
        if n["category"] == "jasa-boga":
            return "catering"
        if "samsat" in d or "wajib pajak" in d:
            return "samsat-reward"
        if any(k in d for k in ["cinderamata", "cenderamata", "souvenir", "oleh-oleh", "kenang", "bingkisan", "parsel", "hadiah"]):
            return "gift"
        if any(k in d for k in ["pakaian dinas", "seragam", "pdh", "pdl"]):
            return "uniform"
        if n["category"] in {"percetakan", "furnitur", "lainnya"}:
            return "office"
        return "other"

    with open(os.path.join(HERE, "needs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["need_id", "opd_code", "opd_name", "fiscal_year", "program", "category", "description",
                    "quantity", "unit", "budget", "region", "needed_by", "required_certifications"])
        for n in needs:
            w.writerow([n["need_id"], n["opd"], OPDS[n["opd"]], FISCAL_YEAR, program(n), n["category"],
                        n["description"], n["quantity"], n["unit"], n["budget"], n["region"],
                        n["needed_by"].isoformat() if n["needed_by"] else "", ";".join(n["required"])])

    with open(os.path.join(HERE, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
        for n in needs:
            ok = [it for it in items if it["kind"] in n["kinds"] and feasible(it, sup_by_key[it["supplier"]], n)]
            perishable = n["category"] in PERISHABLE_CATEGORIES or (n["kinds"] & PERISHABLE_KINDS)
            if perishable and ok:
                same_kab = [it for it in ok if sup_by_key[it["supplier"]]["region"] == n["region"]]
                same_prov = [it for it in ok if sup_by_key[it["supplier"]]["region"][:2] == n["region"][:2]]
                ok = same_kab or same_prov
            if n["kinds"] and not ok:
                print(f"WARNING {n['need_id']} kinds {sorted(n['kinds'])} has no feasible item")
            nibs = sorted({sup_by_key[it["supplier"]]["nib"] for it in ok})
            skus = sorted(it["sku"] for it in ok)
            w.writerow([n["need_id"], ";".join(nibs), ";".join(skus), n["split"], n["note"]])

    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs")


if __name__ == "__main__":
    main()
