#!/usr/bin/env python3
"""Builds Fixtures/relevance-market: suppliers.csv, catalog.csv, needs.csv and labels.csv.

Deterministic (seeded, stdlib only). The hand-written content is in catalog_data.py (suppliers,
products and the labeller's own "kind" of each product) and needs_data.py (needs and the kinds an
officer accepts as the first proposal). This script adds generated identifiers, certificate numbers,
contact details and marketplace re-listings, and writes the labels by applying the hard constraints
of CONTRACT.md "Matching" and the production rules of README.md "Labelling rules".

Run: python3 build.py
"""
import csv
import datetime as dt
import os
import random

from catalog_data import SUPPLIERS
from needs_data import NEEDS, OPDS

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
FISCAL_YEAR = 2026
SEED = 15_2026_0207

# Perishable: must be produced in the delivery month (capacity_per_month >= quantity), and an officer
# takes it from the nearest producers (same kabupaten/kota, else same province, else nobody).
PERISHABLE_CATEGORIES = {"jasa-boga"}
PERISHABLE_KINDS = {"jamukunyit", "jamukencur", "yogurt", "kopisusubotol", "sayur", "cabai", "lelekonsumsi",
                    "benihlele", "benihnila", "benihgurame", "susukambing", "bibitrumputlaut"}

rng = random.Random(SEED)


def digits(n, first_nonzero=True):
    head = str(rng.randint(1, 9)) if first_nonzero else str(rng.randint(0, 9))
    return head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def cert_number(ctype, region):
    """A made-up certificate number in the shape each scheme uses. "pirt!" is a P-IRT that has expired."""
    r4 = region.replace(".", "")
    if ctype == "halal":
        return "ID" + r4[:2] + digits(15)
    if ctype in ("pirt", "pirt!"):
        year = rng.choice([22, 23, 24]) if ctype == "pirt!" else rng.choice([27, 28, 29, 30])
        return f"2{r4}{digits(8)}-{year}"
    if ctype == "bpom":
        return rng.choice(["MD ", "ML "]) + digits(12)
    if ctype == "sni":
        return "SPPT-SNI-" + digits(5)
    if ctype == "tkdn":
        return digits(5) + "/SJ-IND.8/TKDN/" + str(rng.choice([2024, 2025]))
    if ctype == "batikmark":
        return f"BM.{digits(4)}.{rng.choice([2019, 2021, 2023])}"
    if ctype == "iso-9001":
        return f"QMS-{digits(6)}"
    if ctype == "svlk":
        return f"VLK-{digits(5)}-{rng.choice([2024, 2025])}"
    raise ValueError(ctype)


def cert_cell(types, region, known):
    out = []
    for t in sorted(types):
        slug = t.rstrip("!")
        number = known.get(t) or cert_number(t, region)
        known.setdefault(t, number)
        out.append(f"{slug}:{number}")
    return ";".join(out)


PREFIXES = ["[FREE ONGKIR] ", "READY STOCK ", "PROMO ", "[COD] ", "Grosir ", "TERLARIS ", "ORI 100% ", "NEW "]
SUFFIXES = [" - Grosir", " BUY 3 GET 1", " | Harga Instansi", " (Bisa Partai)", " Siap Kirim", " | Bisa Custom",
            " - Kemasan Baru", " Stok Banyak", " | Bisa Nego", " COD"]


def relist_title(name):
    """Another seller listing of the same product, as marketplaces write titles."""
    t = name
    roll = rng.random()
    if roll < 0.3:
        t = t.upper()
    elif roll < 0.4:
        t = t.title()
    if rng.random() < 0.6:
        p = rng.choice(PREFIXES)
        if p.strip(" []").lower() not in t.lower():
            t = p + t
    if rng.random() < 0.65 or t == name:
        s = rng.choice([x for x in SUFFIXES if x.strip(" -|()").lower() not in t.lower()])
        t = t + s
    return t


def build_catalog():
    suppliers, items, nibs = [], [], set()
    for key, name, scale, region, sentra, ctypes, active, products in SUPPLIERS:
        while True:
            nib = rng.choice(["9120", "8120", "1202", "0220", "2209"]) + digits(9, first_nonzero=False)
            if nib not in nibs:
                nibs.add(nib)
                break
        known = {}
        slug = "".join(ch for ch in name.lower() if ch.isalnum())[:16]
        suppliers.append(dict(
            key=key, nib=nib, name=name, scale=scale, region=region, sentra=sentra,
            certifications=cert_cell(ctypes, region, known), active=active,
            verified_on=(AS_OF - dt.timedelta(days=rng.randint(15, 800))).isoformat(),
            npwp=digits(15) if rng.random() < 0.8 else "",
            phone="08" + rng.choice(["11", "12", "13", "22", "56", "57", "81", "95"]) + digits(8, first_nonzero=False),
            email=rng.choice([f"{slug}@gmail.com", f"{slug}@yahoo.co.id", "", ""])))
        prefix = key.replace("-", "").upper()
        n = 0
        for kind, cat, pname, unit, price, cap, lead, tkdn, pcerts, desc in products:
            n += 1
            base = dict(nib=nib, sku=f"{prefix}-{n:02d}", name=pname, category=cat, unit=unit, unit_price=price,
                        capacity_per_month=cap, lead_time_days=lead, tkdn=tkdn, bmp="",
                        certifications=cert_cell(pcerts, region, dict(known)), description=desc,
                        kind=kind, supplier=key)
            items.append(base)
            relists = rng.choice([0, 0, 1, 1, 2] if scale in ("mikro", "koperasi") else [0, 1, 1, 2])
            for _ in range(relists):
                n += 1
                factor = rng.choice([0.9, 0.95, 1.0, 1.05, 1.1, 1.2, 1.25])
                new_price = max(1, int(round(price * factor / 500.0) * 500) if price >= 5000 else int(price * factor))
                items.append(dict(base, sku=f"{prefix}-{n:02d}", name=relist_title(pname), unit_price=new_price,
                                  capacity_per_month=None if cap is None else max(1, int(cap * rng.choice([0.5, 0.75, 1, 1]))),
                                  lead_time_days=lead + rng.choice([0, 0, 1, 3]),
                                  description=desc + rng.choice(["", "; stok ready", "; chat admin untuk partai besar",
                                                                 "; kirim ke seluruh Indonesia"])))
    assert len({it["sku"] for it in items}) == len(items), "SKUs must be unique across the catalog"
    # Caterers and fresh goods always state what they can make; durable goods sometimes do not.
    for it in rng.sample([it for it in items if not perishable(it)], 14):
        it["capacity_per_month"] = None
    for it in rng.sample(items, 12):
        it["tkdn"] = None
    return suppliers, items


def days_until(needed_by):
    return ((needed_by or dt.date(FISCAL_YEAR, 12, 31)) - AS_OF).days


def perishable(item):
    return item["category"] in PERISHABLE_CATEGORIES or item["kind"] in PERISHABLE_KINDS


def feasible(item, sup, need):
    """Hard constraints of CONTRACT.md "Matching", with the production reading of capacity for perishables."""
    if sup["active"] != "ya" or sup["scale"] == "besar" or item["category"] != need["category"]:
        return False
    held = {c.split(":")[0] for c in (item["certifications"] + ";" + sup["certifications"]).split(";") if c}
    if any(r not in held for r in need["required"]):
        return False
    if item["unit_price"] * need["quantity"] > need["budget"]:
        return False
    days = days_until(need["needed_by"])
    if days < 0 or item["lead_time_days"] > days:
        return False
    cap = item["capacity_per_month"]
    if cap is not None:
        months = min(12, max(1, days // 30))
        if cap * (1 if perishable(item) else months) < need["quantity"]:
            return False
    return True


def program(n):
    d = n["description"].lower()
    if n["category"] == "jasa-boga":
        return "catering"
    if any(k in d for k in ("cinderamata", "souvenir", "hadiah", "oleh-oleh", "bingkisan")):
        return "gift"
    if any(k in d for k in ("pakaian dinas", "seragam", "pdh", "pdl")):
        return "uniform"
    if n["category"] in ("percetakan", "furnitur", "lainnya"):
        return "office"
    return "other"


def assign_splits(needs):
    """Within each category, needs with and without a product are shuffled separately and dealt
    alternately to tune and holdout, so both halves get the same mix."""
    by_cat = {}
    for n in needs:
        by_cat.setdefault(n["category"], []).append(n)
    for cat in sorted(by_cat):
        with_product = [n for n in by_cat[cat] if n["kinds"]]
        without = [n for n in by_cat[cat] if not n["kinds"]]
        rng.shuffle(with_product)
        rng.shuffle(without)
        first = rng.choice(["tune", "holdout"])
        other = "holdout" if first == "tune" else "tune"
        for j, n in enumerate(with_product + without):
            n["split"] = first if j % 2 == 0 else other


def write_csv(name, header, rows):
    with open(os.path.join(HERE, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    suppliers, items = build_catalog()
    sup = {s["key"]: s for s in suppliers}
    write_csv("suppliers.csv", ["nib", "name", "scale", "region", "sentra", "certifications", "active", "verified_on",
                                "npwp", "phone", "email"],
              [[s["nib"], s["name"], s["scale"], s["region"], s["sentra"], s["certifications"], s["active"],
                s["verified_on"], s["npwp"], s["phone"], s["email"]] for s in suppliers])
    write_csv("catalog.csv", ["nib", "sku", "name", "category", "unit", "unit_price", "capacity_per_month",
                              "lead_time_days", "tkdn", "bmp", "certifications", "description"],
              [[it["nib"], it["sku"], it["name"], it["category"], it["unit"], it["unit_price"],
                "" if it["capacity_per_month"] is None else it["capacity_per_month"], it["lead_time_days"],
                "" if it["tkdn"] is None else it["tkdn"], it["bmp"], it["certifications"], it["description"]]
               for it in items])

    needs = []
    for i, (opd, cat, desc, qty, unit, budget, region, needed_by, req, kinds, note) in enumerate(NEEDS, 1):
        needs.append(dict(need_id=f"MKT26-{i:03d}", opd=opd, category=cat, description=desc, quantity=qty, unit=unit,
                          budget=budget, region=region,
                          needed_by=dt.date.fromisoformat(needed_by) if needed_by else None,
                          required=[r for r in req.split(";") if r], kinds=set(kinds), note=note))
    assign_splits(needs)
    write_csv("needs.csv", ["need_id", "opd_code", "opd_name", "fiscal_year", "program", "category", "description",
                            "quantity", "unit", "budget", "region", "needed_by", "required_certifications"],
              [[n["need_id"], n["opd"], OPDS[n["opd"]], FISCAL_YEAR, program(n), n["category"], n["description"],
                n["quantity"], n["unit"], n["budget"], n["region"],
                n["needed_by"].isoformat() if n["needed_by"] else "", ";".join(n["required"])] for n in needs])

    rows = []
    for n in needs:
        ok = [it for it in items if it["kind"] in n["kinds"] and feasible(it, sup[it["supplier"]], n)]
        if ok and any(perishable(it) for it in ok):
            same_kab = [it for it in ok if sup[it["supplier"]]["region"] == n["region"]]
            same_prov = [it for it in ok if sup[it["supplier"]]["region"][:2] == n["region"][:2]]
            ok = same_kab or same_prov
        if n["kinds"] and not ok:
            print(f"WARNING {n['need_id']} ({n['description'][:60]}): no feasible item of {sorted(n['kinds'])}")
        rows.append([n["need_id"], ";".join(sorted({sup[it["supplier"]]["nib"] for it in ok})),
                     ";".join(sorted(it["sku"] for it in ok)), n["split"], n["note"]])
    write_csv("labels.csv", ["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"], rows)
    print(f"{len(suppliers)} suppliers, {len(items)} items, {len(needs)} needs, "
          f"{sum(1 for r in rows if not r[1])} without an acceptable product")


if __name__ == "__main__":
    main()
