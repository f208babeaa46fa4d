#!/usr/bin/env python3
"""Fresh label checker for relevance-blind77 (stdlib; reads only the four CSVs and the Kemendagri list).

Exits 0 when the contract values are valid (13-digit unique NIBs, scales, region codes, category slugs,
whole-rupiah money, ISO dates) and every acceptable SKU of labels.csv meets every hard constraint of
CONTRACT.md "Matching" at AS_OF: active, not besar, the need's category, every required certificate on
the item or its supplier, unit_price x quantity <= budget, lead time within the days to needed_by (or
31 December), capacity x months >= quantity (months = min(12, max(1, days // 30))); jasa-boga items
must make the whole quantity within one month. acceptable_nibs must be the suppliers of the SKUs.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 10)
REGION_FILE = "/work/shared/data/wilayah/kabupaten_kota.csv"
SLUGS = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
         "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cells(text):
    return [c.strip() for c in text.split(";") if c.strip()]


def problems():
    out = []
    known = None
    if os.path.exists(REGION_FILE):
        with open(REGION_FILE, newline="", encoding="utf-8") as f:
            known = {r["kode"] for r in csv.DictReader(f)}
    suppliers = load("suppliers.csv")
    sup = {s["nib"]: s for s in suppliers}
    if len(sup) != len(suppliers):
        out.append("duplicate NIB")
    for s in suppliers:
        if not re.fullmatch(r"[0-9]{13}", s["nib"]):
            out.append(f"supplier {s['nib']}: NIB is not 13 digits")
        if s["scale"] not in SCALES:
            out.append(f"supplier {s['nib']}: scale {s['scale']}")
        if known is not None and s["region"] not in known:
            out.append(f"supplier {s['nib']}: region {s['region']}")
        if s["active"] not in ("ya", "tidak"):
            out.append(f"supplier {s['nib']}: active {s['active']}")
    items = {}
    for i in load("catalog.csv"):
        if i["sku"] in items:
            out.append(f"duplicate SKU {i['sku']}")
        items[i["sku"]] = i
        if i["nib"] not in sup:
            out.append(f"item {i['sku']}: unknown supplier")
        if i["category"] not in SLUGS:
            out.append(f"item {i['sku']}: category {i['category']}")
        for col in ("unit_price", "capacity_per_month", "lead_time_days"):
            if not i[col].isdigit():
                out.append(f"item {i['sku']}: {col} {i[col]!r}")
    needs = {}
    for n in load("needs.csv"):
        needs[n["need_id"]] = n
        if n["category"] not in SLUGS:
            out.append(f"need {n['need_id']}: category")
        if known is not None and n["region"] not in known:
            out.append(f"need {n['need_id']}: region")
        if not (n["quantity"].isdigit() and n["budget"].isdigit()):
            out.append(f"need {n['need_id']}: quantity/budget")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    labelled = set()
    for lab in load("labels.csv"):
        nid = lab["need_id"]
        labelled.add(nid)
        n = needs.get(nid)
        if n is None:
            out.append(f"label {nid}: unknown need")
            continue
        if lab["split"] != "holdout":
            out.append(f"label {nid}: split {lab['split']}")
        skus = cells(lab["acceptable_skus"])
        if {items[k]["nib"] for k in skus} != set(cells(lab["acceptable_nibs"])):
            out.append(f"label {nid}: acceptable_nibs are not the SKUs' suppliers")
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
        for sku in skus:
            it = items[sku]
            s = sup[it["nib"]]
            held = {c.split(":")[0].lower() for c in cells(it["certifications"]) + cells(s["certifications"])}
            broken = []
            if s["active"] != "ya":
                broken.append("inactive")
            if s["scale"] == "besar":
                broken.append("besar")
            if it["category"] != n["category"]:
                broken.append("category")
            if any(c.lower() not in held for c in cells(n["required_certifications"])):
                broken.append("certificate")
            if int(it["unit_price"]) * qty > int(n["budget"]):
                broken.append("budget")
            if int(it["lead_time_days"]) > days:
                broken.append("lead time")
            if int(it["capacity_per_month"]) * months < qty:
                broken.append("capacity")
            if broken:
                out.append(f"label {nid} {sku}: {', '.join(broken)}")
    if labelled != set(needs):
        out.append("labels.csv and needs.csv list different needs")
    return out, len(needs), len(items), len(sup)


def main():
    out, n, i, s = problems()
    for line in out:
        print(line)
    print(f"{n} needs, {i} items, {s} suppliers: {len(out)} problems")
    return 1 if out else 0


if __name__ == "__main__":
    sys.exit(main())
