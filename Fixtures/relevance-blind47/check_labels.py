#!/usr/bin/env python3
"""Independent label checker for relevance-blind47 (stdlib; reads only the CSVs and the Kemendagri region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF (jasa-boga items
must make the whole quantity in one month), acceptable_nibs are exactly the suppliers of acceptable_skus, every
split is holdout, and the contract values (NIB, NPWP, scale, region, category, money, dates) are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}


def read(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def region_codes():
    for path in (os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv"),
                 "/work/shared/data/wilayah/kabupaten_kota.csv"):
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                return {r["kode"] for r in csv.DictReader(f)}
    return None


def problems():
    out = []
    regions = region_codes()
    suppliers = {s["nib"]: s for s in read("suppliers.csv")}
    catalog = read("catalog.csv")
    items = {i["sku"]: i for i in catalog}
    needs = {n["need_id"]: n for n in read("needs.csv")}
    if len(items) != len(catalog):
        out.append("duplicate SKU")
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or not re.fullmatch(r"\d{15,16}", s["npwp"]):
            out.append(f"bad NIB/NPWP {s['nib']}")
        if s["scale"] not in {"mikro", "kecil", "menengah", "koperasi", "besar"} or s["active"] not in {"ya", "tidak"}:
            out.append(f"bad scale/active {s['nib']}")
        if regions is not None and s["region"] not in regions:
            out.append(f"unknown region {s['region']}")
    for i in items.values():
        if i["nib"] not in suppliers or i["category"] not in CATEGORIES or not re.fullmatch(r"[1-9]\d*", i["unit_price"]):
            out.append(f"bad item {i['sku']}")
    for n in needs.values():
        if n["category"] not in CATEGORIES or (regions is not None and n["region"] not in regions):
            out.append(f"bad need {n['need_id']}")
        if n["needed_by"]:
            dt.date.fromisoformat(n["needed_by"])
    for lab in read("labels.csv"):
        n = needs[lab["need_id"]]
        skus = [x for x in lab["acceptable_skus"].split(";") if x]
        if {items[x]["nib"] for x in skus} != {x for x in lab["acceptable_nibs"].split(";") if x}:
            out.append(f"{lab['need_id']}: acceptable_nibs are not the SKUs' suppliers")
        if lab["split"] != "holdout":
            out.append(f"{lab['need_id']}: split {lab['split']}")
        qty = int(n["quantity"])
        end = dt.date.fromisoformat(n["needed_by"]) if n["needed_by"] else dt.date(2026, 12, 31)
        days = (end - AS_OF).days
        for sku in skus:
            i = items[sku]
            s = suppliers[i["nib"]]
            held = {c.split(":")[0] for c in (i["certifications"] + ";" + s["certifications"]).split(";") if c}
            broken = []
            if s["active"] != "ya":
                broken.append("inactive")
            if s["scale"] == "besar":
                broken.append("besar")
            if i["category"] != n["category"]:
                broken.append("category")
            if any(c not in held for c in n["required_certifications"].split(";") if c):
                broken.append("certificate")
            if int(i["unit_price"]) * qty > int(n["budget"]):
                broken.append("budget")
            if int(i["lead_time_days"] or 0) > days:
                broken.append("lead time")
            if i["capacity_per_month"]:
                months = 1 if n["category"] == "jasa-boga" else min(12, max(1, days // 30))
                if int(i["capacity_per_month"]) * months < qty:
                    broken.append("capacity")
            if broken:
                out.append(f"{lab['need_id']} {sku}: {', '.join(broken)}")
    print(f"{len(needs)} needs, {len(items)} items, {len(suppliers)} suppliers")
    return out


def main():
    found = problems()
    for p in found:
        print(p)
    print(f"{len(found)} problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
