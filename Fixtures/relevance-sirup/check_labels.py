#!/usr/bin/env python3
"""Checks Fixtures/relevance-sirup against the contract and the labelling rules (stdlib only).

It reads only the four CSVs (not build.py's data), and verifies:
  * the CSVs follow the contract columns and values (NIB, scale, region, category, certificates,
    money, TKDN, dates);
  * every acceptable SKU exists, belongs to a supplier listed in acceptable_nibs, and meets every hard
    constraint of CONTRACT.md "Matching" for its need: supplier active and not besar, same category,
    required certificates held by product or supplier, unit_price x quantity <= budget, lead time, and
    capacity (perishable goods: capacity_per_month >= quantity and a producer in the need's province;
    durable goods: capacity_per_month x months >= quantity, months as in docs/matching.md);
  * no acceptable product says it needs a larger minimum order than the need's quantity;
  * re-listings of an acceptable product (same title once promo words are removed) that are also
    feasible are acceptable too, so a label does not depend on which listing a ranker shows;
  * every need labelled with an empty list has no feasible product of the kind it asks for
    (EMPTY_NEEDS below names that kind by a pattern over product names);
  * splits: only tune/holdout, each category present in both, halves within one need of each other.

Exit status 0 when everything holds, 1 otherwise. Usage: python3 check_labels.py [kabupaten_kota.csv]
"""
import csv
import datetime as dt
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 1)
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}
CERT_TYPES = {"halal", "pirt", "bpom", "sni", "tkdn"}
# Perishable: produced in the delivery month and taken from a producer in the need's province.
PERISHABLE_CATEGORIES = {"jasa-boga"}
PERISHABLE_NAME = re.compile(r"jamu (kunyit|beras kencur)|bandeng segar|telur ayam|lele konsumsi|hidroponik|"
                             r"cabai merah|benih ikan|benih bandeng|nener", re.I)

# Needs labelled with no acceptable product: the product asked for, as a pattern over product names.
EMPTY_NEEDS = {
    "SRP26-008": r"nasi (box|kotak)",     # 2500 meal boxes for one day in Lampung
    "SRP26-013": r"nasi (box|kotak)",     # meal boxes delivered in Jakarta Selatan
    "SRP26-030": r"rendang",
    "SRP26-043": r"susu|uht",
    "SRP26-056": r"sepatu",
    "SRP26-057": r"batik tulis",          # 50 sheets at 500k each
    "SRP26-070": r"keris",
    "SRP26-082": r"jam tangan",
    "SRP26-095": r"kasur|spring ?bed",
    "SRP26-108": r"atsiri|nilam",
    "SRP26-121": r"pasta gigi|odol",
    "SRP26-134": r"panci|presto",
    "SRP26-149": r"tinta",
    "SRP26-164": r"daging",
    "SRP26-177": r"vacuum|penyedot debu",
}
PROMO = re.compile(r"\[free ongkir\]|\[cod\]|buy 3 get 1|\bpromo\b|ready stock|\bgrosir\b|termurah|best seller|"
                   r"\(bisa partai besar\)|\| bisa custom|original|kemasan baru|harga instansi|\| bisa nego|"
                   r"stok banyak|[-|]", re.I)

errors = []


def err(msg):
    errors.append(msg)


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def day(s):
    return dt.date.fromisoformat(s) if s else None


def certs(cell):
    return [c for c in cell.split(";") if c]


def base_title(name):
    return re.sub(r"\s+", " ", PROMO.sub(" ", name.lower())).strip()


def main():
    region_file = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/wilayah/kabupaten_kota.csv"
    regions = None
    if os.path.exists(region_file):
        with open(region_file, newline="", encoding="utf-8") as f:
            regions = {r["kode"] for r in csv.DictReader(f)}

    suppliers = read("suppliers.csv")
    catalog = read("catalog.csv")
    needs = read("needs.csv")
    labels = read("labels.csv")

    # ---- suppliers
    sup = {}
    for s in suppliers:
        if not re.fullmatch(r"\d{13}", s["nib"]):
            err(f"supplier {s['nib']}: NIB is not 13 digits")
        if s["nib"] in sup:
            err(f"supplier {s['nib']}: duplicate NIB")
        sup[s["nib"]] = s
        if s["scale"] not in SCALES:
            err(f"supplier {s['nib']}: scale {s['scale']}")
        if regions is not None and s["region"] not in regions:
            err(f"supplier {s['nib']}: region {s['region']} unknown")
        if s["active"] not in {"ya", "tidak"}:
            err(f"supplier {s['nib']}: active {s['active']}")
        for c in certs(s["certifications"]):
            if c.split(":")[0] not in CERT_TYPES:
                err(f"supplier {s['nib']}: certificate type {c}")

    # ---- catalog
    items, seen = {}, set()
    for it in catalog:
        key = (it["nib"], it["sku"])
        if it["nib"] not in sup:
            err(f"item {it['sku']}: unknown supplier {it['nib']}")
        if key in seen:
            err(f"item {it['sku']}: duplicate SKU for supplier {it['nib']}")
        seen.add(key)
        if it["sku"] in items:
            err(f"item {it['sku']}: SKU not unique across the catalog (labels name SKUs alone)")
        items[it["sku"]] = it
        if it["category"] not in CATEGORIES:
            err(f"item {it['sku']}: category {it['category']}")
        if not re.fullmatch(r"[1-9]\d*", it["unit_price"]):
            err(f"item {it['sku']}: unit_price {it['unit_price']}")
        if it["tkdn"] and not 0 <= int(it["tkdn"]) <= 100:
            err(f"item {it['sku']}: tkdn {it['tkdn']}")
        for c in certs(it["certifications"]):
            if c.split(":")[0] not in CERT_TYPES:
                err(f"item {it['sku']}: certificate type {c}")

    # ---- needs
    need = {}
    for n in needs:
        if n["need_id"] in need:
            err(f"need {n['need_id']}: duplicate")
        need[n["need_id"]] = n
        if n["category"] not in CATEGORIES:
            err(f"need {n['need_id']}: category {n['category']}")
        if regions is not None and n["region"] not in regions:
            err(f"need {n['need_id']}: region {n['region']} unknown")
        for f in ("quantity", "budget"):
            if not re.fullmatch(r"[1-9]\d*", n[f]):
                err(f"need {n['need_id']}: {f} {n[f]}")
        for c in certs(n["required_certifications"]):
            if c not in CERT_TYPES:
                err(f"need {n['need_id']}: required certificate {c}")
    per_cat = Counter(n["category"] for n in needs)
    if len(needs) < 160:
        err(f"only {len(needs)} needs")
    for c in CATEGORIES:
        if per_cat[c] < 8:
            err(f"category {c}: only {per_cat[c]} needs")

    def perishable(it):
        return it["category"] in PERISHABLE_CATEGORIES or bool(PERISHABLE_NAME.search(it["name"]))

    def feasible(it, n):
        """(ok, reason) for one catalog item against one need."""
        s = sup[it["nib"]]
        if s["active"] != "ya":
            return False, "supplier inactive"
        if s["scale"] == "besar":
            return False, "supplier besar"
        if it["category"] != n["category"]:
            return False, "other category"
        held = {c.split(":")[0] for c in certs(it["certifications"]) + certs(s["certifications"])}
        for r in certs(n["required_certifications"]):
            if r not in held:
                return False, f"lacks {r}"
        q = int(n["quantity"])
        if int(it["unit_price"]) * q > int(n["budget"]):
            return False, "over budget"
        deadline = day(n["needed_by"]) or dt.date(int(n["fiscal_year"]), 12, 31)
        days = (deadline - AS_OF).days
        if days < 0:
            return False, "deadline passed"
        if it["lead_time_days"] and int(it["lead_time_days"]) > days:
            return False, "too slow"
        months = min(12, max(1, days // 30))
        if it["capacity_per_month"]:
            cap = int(it["capacity_per_month"])
            if perishable(it):
                if cap < q:
                    return False, f"perishable capacity {cap}/month < {q}"
            elif cap * months < q:
                return False, f"capacity {cap} x {months} < {q}"
        if perishable(it) and s["region"][:2] != n["region"][:2]:
            return False, "perishable from outside the province"
        return True, ""

    # ---- labels
    lab = {}
    for l in labels:
        nid = l["need_id"]
        if nid not in need:
            err(f"label {nid}: no such need")
            continue
        if nid in lab:
            err(f"label {nid}: duplicate")
        lab[nid] = l
        n = need[nid]
        if l["split"] not in {"tune", "holdout"}:
            err(f"label {nid}: split {l['split']}")
        nibs = set(certs(l["acceptable_nibs"]))
        skus = set(certs(l["acceptable_skus"]))
        sku_nibs = set()
        for sku in skus:
            it = items.get(sku)
            if it is None:
                err(f"label {nid}: SKU {sku} not in catalog")
                continue
            sku_nibs.add(it["nib"])
            ok, why = feasible(it, n)
            if not ok:
                err(f"label {nid}: {sku} '{it['name']}' violates a hard constraint: {why}")
            m = re.search(r"min(?:imal)?\.? (?:order )?(\d+)", it["name"], re.I)
            if m and int(m.group(1)) > int(n["quantity"]):
                err(f"label {nid}: {sku} needs a minimum order of {m.group(1)} > {n['quantity']}")
        if nibs != sku_nibs:
            err(f"label {nid}: acceptable_nibs {sorted(nibs)} != suppliers of acceptable_skus {sorted(sku_nibs)}")
        # re-listings of an acceptable product are acceptable when feasible
        titles = {(items[s]["nib"], base_title(items[s]["name"])) for s in skus if s in items}
        for it in catalog:
            if it["sku"] in skus or it["category"] != n["category"]:
                continue
            if (it["nib"], base_title(it["name"])) in titles and feasible(it, n)[0]:
                err(f"label {nid}: {it['sku']} '{it['name']}' re-lists an acceptable product but is not labelled")
        if not skus:
            pat = EMPTY_NEEDS.get(nid)
            if pat is None:
                err(f"label {nid}: empty list but no pattern in EMPTY_NEEDS")
                continue
            for it in catalog:
                if re.search(pat, it["name"], re.I) and feasible(it, n)[0]:
                    err(f"label {nid}: empty, yet {it['sku']} '{it['name']}' is a feasible '{pat}'")
        elif nid in EMPTY_NEEDS:
            err(f"label {nid}: listed in EMPTY_NEEDS but labelled with products")
    for nid in need:
        if nid not in lab:
            err(f"need {nid}: no label row")

    # ---- splits
    split_cat = defaultdict(Counter)
    for nid, l in lab.items():
        split_cat[need[nid]["category"]][l["split"]] += 1
    for c, cnt in sorted(split_cat.items()):
        if cnt["tune"] == 0 or cnt["holdout"] == 0 or abs(cnt["tune"] - cnt["holdout"]) > 1:
            err(f"category {c}: split {dict(cnt)}")

    total = Counter(l["split"] for l in lab.values())
    empty = sum(1 for l in lab.values() if not l["acceptable_skus"])
    print(f"{len(suppliers)} suppliers, {len(catalog)} items, {len(needs)} needs "
          f"({total['tune']} tune, {total['holdout']} holdout, {empty} with no acceptable product)")
    if errors:
        for e in errors:
            print("ERROR", e)
        print(f"{len(errors)} problem(s)")
        return 1
    print("all labels hold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
