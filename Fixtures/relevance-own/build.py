#!/usr/bin/env python3
"""Writes needs.csv and labels.csv of this set from needs_data.py (stdlib only).

The catalog and directory are ../relevance-sirup's; supplier keys become NIBs through the
supplier names of ../relevance-sirup/catalog_data.py and suppliers.csv. Every need is put in
the `holdout` split: none of it was tuned on. ../relevance-heads/build.py calls `write` for its
own folder.
"""
import csv
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SIRUP = os.path.join(HERE, "..", "relevance-sirup")
sys.path.insert(0, SIRUP)
import catalog_data  # noqa: E402


def write(folder, opd_code, opd_name):
    """Writes `folder`'s needs.csv and labels.csv from its needs_data.py, its needs under `opd_code`."""
    spec = importlib.util.spec_from_file_location("needs_data", os.path.join(folder, "needs_data.py"))
    needs_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(needs_data)
    names = {s[0]: s[1] for s in catalog_data.SUPPLIERS}
    with open(os.path.join(SIRUP, "suppliers.csv"), newline="", encoding="utf-8") as f:
        nib_by_name = {row["name"]: row["nib"] for row in csv.DictReader(f)}
    with open(os.path.join(folder, "needs.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["need_id", "opd_code", "opd_name", "fiscal_year", "program", "category", "description",
                    "quantity", "unit", "budget", "region", "needed_by", "required_certifications"])
        for nid, cat, desc, qty, unit, budget, region, _, _ in needs_data.NEEDS:
            w.writerow([nid, opd_code, opd_name, 2026, "", cat, desc, qty, unit, budget, region, "", ""])
    with open(os.path.join(folder, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["need_id", "acceptable_nibs", "acceptable_skus", "split", "note"])
        for nid, _, _, _, _, _, _, keys, note in needs_data.NEEDS:
            w.writerow([nid, ";".join(sorted(nib_by_name[names[k]] for k in keys)), "", "holdout", note])


if __name__ == "__main__":
    write(HERE, "OWN-OPD", "Dinas Uji Relevansi")
