#!/usr/bin/env python3
"""Scores a `sentra match --format json` run against labels.csv (stdlib only).

    sentra --db rel.db import suppliers suppliers.csv
    sentra --db rel.db import catalog catalog.csv
    sentra --db rel.db import needs needs.csv
    sentra --db rel.db match --format json --top 3 --as-of 2026-01-01 > out.json
    python3 score.py out.json [--misses] [--json] [--labels DIR | --set DIR] [--as-of YYYY-MM-DD]

--labels DIR reads needs.csv and labels.csv from DIR (another labelled set over this catalog, e.g.
../relevance-own); suppliers.csv and catalog.csv come from this folder. --set DIR reads all four from
DIR (a labelled set with its own catalog, e.g. ../relevance-market). --as-of is the run's date for the
constraint checks (default 2026-01-01).

Per split (tune, holdout, all):
  * top-1: the rank-1 candidate's NIB is in acceptable_nibs;
  * top-3: some candidate of ranks 1-3 has its NIB in acceptable_nibs;
  * NDCG@3: binary relevance by NIB, DCG = sum rel_i / log2(i + 1) over ranks 1-3, divided by the ideal
    DCG of min(3, number of acceptable NIBs) relevant places;
  * a need labelled with no acceptable product scores 1 on all three when the run proposes no
    candidate for it, else 0 ("no candidate for a need that has none");
  * sku top-1: the rank-1 SKU itself is in acceptable_skus (stricter; reported, not the headline);
  * violations: shown candidates that break a hard constraint of CONTRACT.md "Matching" as the
    contract states it (active, not besar, category, certificates, budget, lead time, capacity x months).
--misses lists every need whose rank-1 candidate is not acceptable, with what was proposed.
"""
import csv
import datetime as dt
import json
import math
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 1)


LABELS = HERE


def read(name):
    folder = LABELS if name in ("needs.csv", "labels.csv") else HERE
    with open(os.path.join(folder, name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def split_list(cell):
    return [x for x in cell.split(";") if x]



# The contract's certificate aliases (CONTRACT.md, certificates): `Halal MUI` is `halal`,
# `SPP-IRT`/`P-IRT` are `pirt`, `MD`/`ML` are `bpom`.
CERT_ALIASES = {"halal mui": "halal", "halal-mui": "halal", "mui": "halal", "p-irt": "pirt", "spp-irt": "pirt",
                "pirt": "pirt", "md": "bpom", "ml": "bpom"}


def cert_type(cell):
    kind = cell.split(":")[0].strip().lower()
    return CERT_ALIASES.get(kind, kind)

def violation(cand, need, sup, items):
    it = items.get((cand["nib"], cand["sku"]))
    s = sup.get(cand["nib"])
    if it is None or s is None:
        return "unknown item"
    if s["active"] != "ya":
        return "inactive supplier"
    if s["scale"] == "besar":
        return "besar supplier"
    if it["category"] != need["category"]:
        return "other category"
    held = {cert_type(c) for c in split_list(it["certifications"]) + split_list(s["certifications"])}
    if any(cert_type(r) not in held for r in split_list(need["required_certifications"])):
        return "missing certificate"
    q = int(need["quantity"])
    if int(it["unit_price"]) * q > int(need["budget"]):
        return "over budget"
    deadline = dt.date.fromisoformat(need["needed_by"]) if need["needed_by"] else dt.date(int(need["fiscal_year"]), 12, 31)
    days = (deadline - AS_OF).days
    if days < 0:
        return "deadline passed"
    if it["lead_time_days"] and int(it["lead_time_days"]) > days:
        return "lead time"
    if it["capacity_per_month"] and int(it["capacity_per_month"]) * min(12, max(1, days // 30)) < q:
        return "capacity"
    return None


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 64
    with open(argv[0], encoding="utf-8") as f:
        run = {r["need_id"]: r for r in json.load(f)}
    show_misses = "--misses" in argv
    as_json = "--json" in argv
    global HERE, LABELS, AS_OF
    if "--labels" in argv:
        LABELS = os.path.abspath(argv[argv.index("--labels") + 1])
    if "--set" in argv:
        HERE = LABELS = os.path.abspath(argv[argv.index("--set") + 1])
    if "--as-of" in argv:
        AS_OF = dt.date.fromisoformat(argv[argv.index("--as-of") + 1])

    needs = {n["need_id"]: n for n in read("needs.csv")}
    labels = read("labels.csv")
    sup = {s["nib"]: s for s in read("suppliers.csv")}
    items = {(i["nib"], i["sku"]): i for i in read("catalog.csv")}
    names = {(i["nib"], i["sku"]): i["name"] for i in items.values()}

    acc = defaultdict(lambda: defaultdict(float))
    misses, violations = [], []
    for l in labels:
        nid = l["need_id"]
        need = needs[nid]
        nibs = set(split_list(l["acceptable_nibs"]))
        skus = set(split_list(l["acceptable_skus"]))
        cands = sorted(run.get(nid, {}).get("candidates", []) or [], key=lambda c: c["rank"])[:3]
        for c in cands:
            v = violation(c, need, sup, items)
            if v:
                violations.append((nid, c["nib"], c["sku"], v))
        if not nibs:
            t1 = t3 = ndcg = s1 = 1.0 if not cands else 0.0
        else:
            rel = [1.0 if c["nib"] in nibs else 0.0 for c in cands]
            t1 = rel[0] if rel else 0.0
            t3 = 1.0 if any(rel) else 0.0
            dcg = sum(r / math.log2(i + 2) for i, r in enumerate(rel))
            idcg = sum(1 / math.log2(i + 2) for i in range(min(3, len(nibs))))
            ndcg = dcg / idcg
            s1 = 1.0 if cands and cands[0]["sku"] in skus else 0.0
        kind = "all:has-product" if nibs else "all:no-product"
        for key in (l["split"], "all", kind, f"cat:{need['category']}"):
            a = acc[key]
            a["n"] += 1
            a["top1"] += t1
            a["top3"] += t3
            a["ndcg3"] += ndcg
            a["sku_top1"] += s1
            a["empty_n"] += 0 if nibs else 1
            a["empty_ok"] += (0 if nibs else t1)
        if t1 < 1:
            first = cands[0] if cands else None
            misses.append(dict(
                need_id=nid, split=l["split"], category=need["category"], description=need["description"],
                acceptable=sorted(nibs), note=l["note"],
                proposed=[dict(rank=c["rank"], nib=c["nib"], sku=c["sku"],
                               product=names.get((c["nib"], c["sku"]), c.get("product_name", "")),
                               region=sup.get(c["nib"], {}).get("region", ""),
                               acceptable=c["nib"] in nibs) for c in cands],
                unmatched_reason=run.get(nid, {}).get("unmatched_reason"),
                rank1=first and names.get((first["nib"], first["sku"]))))

    def row(key):
        a = acc[key]
        n = a["n"] or 1
        return dict(needs=int(a["n"]), top1=round(100 * a["top1"] / n, 1), top3=round(100 * a["top3"] / n, 1),
                    ndcg3=round(a["ndcg3"] / n, 3), sku_top1=round(100 * a["sku_top1"] / n, 1),
                    empty_needs=int(a["empty_n"]), empty_with_no_candidate=int(a["empty_ok"]))

    result = {k: row(k) for k in ["tune", "holdout", "all", "all:has-product", "all:no-product"] + sorted(k for k in acc if k.startswith("cat:"))}
    result["violations"] = len(violations)
    if as_json:
        print(json.dumps(dict(result, misses=misses if show_misses else None), indent=1, ensure_ascii=False))
        return 0
    print(f"{'set':16} {'needs':>5} {'top-1':>7} {'top-3':>7} {'NDCG@3':>7} {'sku@1':>7} {'empty ok':>9}")
    for k, r in result.items():
        if k == "violations":
            continue
        print(f"{k:16} {r['needs']:5} {r['top1']:6.1f}% {r['top3']:6.1f}% {r['ndcg3']:7.3f} {r['sku_top1']:6.1f}% "
              f"{r['empty_with_no_candidate']:>4}/{r['empty_needs']}")
    print(f"hard-constraint violations among shown candidates: {len(violations)}")
    for v in violations:
        print("  VIOLATION", *v)
    if show_misses:
        print(f"\n{len(misses)} needs whose first proposal is not acceptable:")
        for m in misses:
            print(f"- {m['need_id']} [{m['split']}/{m['category']}] {m['description']}  (want: {m['note']})")
            for p in m["proposed"]:
                print(f"    {p['rank']}. {'OK ' if p['acceptable'] else '   '}{p['product']} ({p['sku']}, {p['region']})")
            if not m["proposed"]:
                print(f"    no candidate: {m['unmatched_reason']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
