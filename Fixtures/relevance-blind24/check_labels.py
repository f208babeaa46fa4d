#!/usr/bin/env python3
"""Independent label checker for relevance-blind24 (stdlib; reads only the four CSVs and the region list).

Exit 0 when every acceptable SKU meets every hard constraint of CONTRACT.md "Matching" at AS_OF (active,
not besar, the need's category, every required certificate on the item or its supplier, unit_price x
quantity <= budget, lead time within the days to needed_by or 31 December, capacity x months >= quantity,
and for jasa-boga capacity_per_month >= quantity), acceptable_nibs is exactly the suppliers of
acceptable_skus, every need has a label in the holdout split, and the contract values are valid.
"""
import csv
import datetime as dt
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 2, 2)
REGION_FILES = [os.path.join(HERE, "..", "..", "..", "shared", "data", "wilayah", "kabupaten_kota.csv"),
                "/work/shared/data/wilayah/kabupaten_kota.csv"]
CATEGORIES = {"makanan", "minuman", "jasa-boga", "fesyen", "kerajinan", "perhiasan", "furnitur", "herbal",
              "kosmetik", "logam", "percetakan", "pertanian", "lainnya"}
SCALES = {"mikro", "kecil", "menengah", "koperasi", "besar"}


def load(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def cert_types(cell):
    return {c.split(":", 1)[0].strip() for c in cell.split(";") if c.strip()}


def problems_of(item, supplier, need):
    out = []
    if supplier["active"] != "ya":
        out.append("supplier inactive")
    if supplier["scale"] == "besar":
        out.append("supplier besar")
    if item["category"] != need["category"]:
        out.append("category differs")
    held = cert_types(item["certifications"]) | cert_types(supplier["certifications"])
    missing = cert_types(need["required_certifications"]) - held
    if missing:
        out.append("missing " + ",".join(sorted(missing)))
    quantity = int(need["quantity"])
    if int(item["unit_price"]) * quantity > int(need["budget"]):
        out.append("over budget")
    due = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(2026, 12, 31)
    days = (due - AS_OF).days
    if item["lead_time_days"] and int(item["lead_time_days"]) > days:
        out.append("lead time")
    if item["capacity_per_month"]:
        cap = int(item["capacity_per_month"])
        months = 1 if need["category"] == "jasa-boga" else min(12, max(1, days // 30))
        if cap * months < quantity:
            out.append("capacity")
    return out


def main():
    errors = []
    regions = None
    for path in REGION_FILES:
        if os.path.exists(path):
            with open(path, newline="", encoding="utf-8") as f:
                regions = {r["kode"] for r in csv.DictReader(f)}
            break
    if regions is None:
        errors.append("region list not found")
        regions = set()
    suppliers = {s["nib"]: s for s in load("suppliers.csv")}
    items = {}
    for it in load("catalog.csv"):
        if it["sku"] in items:
            errors.append(f"duplicate sku {it['sku']}")
        items[it["sku"]] = it
    needs = {n["need_id"]: n for n in load("needs.csv")}
    for s in suppliers.values():
        if not re.fullmatch(r"\d{13}", s["nib"]) or s["scale"] not in SCALES or s["region"] not in regions:
            errors.append(f"bad supplier {s['nib']}")
    for it in items.values():
        if it["nib"] not in suppliers or it["category"] not in CATEGORIES or not it["unit_price"].isdigit():
            errors.append(f"bad item {it['sku']}")
    for n in needs.values():
        if n["category"] not in CATEGORIES or n["region"] not in regions or not n["budget"].isdigit():
            errors.append(f"bad need {n['need_id']}")
    labelled = set()
    for row in load("labels.csv"):
        nid = row["need_id"]
        labelled.add(nid)
        need = needs[nid]
        skus = [x for x in row["acceptable_skus"].split(";") if x]
        nibs = {x for x in row["acceptable_nibs"].split(";") if x}
        if {items[s]["nib"] for s in skus} != nibs:
            errors.append(f"{nid}: acceptable_nibs differ from the SKUs' suppliers")
        for sku in skus:
            why = problems_of(items[sku], suppliers[items[sku]["nib"]], need)
            if why:
                errors.append(f"{nid} {sku}: {'; '.join(why)}")
        if row["split"] != "holdout":
            errors.append(f"{nid}: split {row['split']}")
    for nid in sorted(set(needs) - labelled):
        errors.append(f"{nid}: no label row")
    for e in errors:
        print(e)
    empty = sum(1 for r in load("labels.csv") if not r["acceptable_nibs"])
    print(f"{len(needs)} needs ({empty} with no acceptable product), {len(items)} items, "
          f"{len(suppliers)} suppliers: {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
