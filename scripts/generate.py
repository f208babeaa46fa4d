#!/usr/bin/env python3
"""Deterministic synthetic data generator for sentra.

Writes the five CSV inputs described in docs/csv-reference.md (suppliers,
catalog, needs, spend, budgets) with exactly the contract's column headers:

    python3 scripts/generate.py --size S|M|L --out DIR
    python3 scripts/generate.py --catalog 5000 --needs 800 --spend 20000 --out DIR
    python3 scripts/generate.py --size L --suppliers 200000 --out DIR   # issue 18's L (site)

Sizes: S = 1,000 catalog rows, M = 100,000, L = 1,000,000. By default
suppliers = needs = catalog / 10 and spend = catalog. Budgets has one row per
OPD (200 OPDs; about 5% of them deliberately have no budget row).

Determinism
-----------
* Python 3 standard library only; a fixed seed (override with --seed).
* The same arguments give byte-identical files. Each file has its own random
  stream (seeded from "<seed>/<file>"), so e.g. changing --spend leaves
  suppliers, catalog and needs unchanged.
* Only basic float arithmetic (+ - * /) is used on random numbers, never
  exp/log/sqrt, so output does not depend on the platform's libm.
* Region codes come from --wilayah FILE, else the project's own
  data/wilayah/kabupaten_kota.csv (Kemendagri codes, see its SOURCES.md), else
  a built-in list of 32 real codes. Nothing outside the repository is read. The
  source used is printed on stderr and changes the output.

Layout
------
This file is only the command line; what each CSV holds and how it is drawn
lives in scripts/synthetic/, one module per generated file (see its
__init__.py), so a change to one file's rows is made without reading the rest.

Memory
------
Rows are streamed straight to disk. Only compact per-supplier arrays
(catalog/10 entries: NIB, NPWP, name, category, scale) and per-need arrays
(opd, category, budget) are kept, because catalog and spend rows refer to them.

Data notes (useful when writing tests)
--------------------------------------
* CSV: UTF-8 without BOM, LF, comma, RFC 4180 minimal quoting. Some
  descriptions contain commas and double quotes (so are quoted), but no field
  contains a line break: `wc -l` minus 1 equals the row count.
* Money is a plain integer of rupiah. Dates are YYYY-MM-DD.
* NIB: 13 digits, unique, about 5% start with "0" (keep them as strings).
  NPWP: 15 digits, unique, about 10% of suppliers have none.
* needs: about 70% are given a budget of 1.15-1.9 x the typical unit price of
  the product asked for; the other 30% get a budget below quantity x the
  cheapest possible catalog price of the need's category, so they can never
  match on price. needed_by is empty or between 2026-02-01 and 2026-12-20;
  catalog lead times are at most 60 days, so use --as-of 2026-01-01 when
  checking the feasibility rate.
* spend: ~80% rows carry supplier_nib (most also the name), ~5% only
  supplier_npwp (+ name) of a directory supplier, the rest only a
  supplier_name of a vendor outside the directory. Dates span all of 2026.
"""

import argparse
import os
import sys

from synthetic import budgets, catalog, needs, spend, suppliers
from synthetic.opds import make_opds
from synthetic.regions import load_regions

SIZES = {"S": 1_000, "M": 100_000, "L": 1_000_000}
DEFAULT_SEED = 20260317


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=sorted(SIZES), help="S=1k, M=100k, L=1M catalog rows")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--catalog", type=int, help="catalog rows (overrides --size)")
    ap.add_argument("--suppliers", type=int, help="supplier rows (default catalog/10, at least 1)")
    ap.add_argument("--needs", type=int, help="need rows (default catalog/10)")
    ap.add_argument("--spend", type=int, help="spend rows (default = catalog)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    ap.add_argument("--wilayah", help="kabupaten_kota.csv with columns kode,nama")
    a = ap.parse_args()
    if a.catalog is None and a.size is None:
        ap.error("give --size or --catalog")
    n_cat = a.catalog if a.catalog is not None else SIZES[a.size]
    n_sup = a.suppliers if a.suppliers is not None else max(1, n_cat // 10)
    n_need = a.needs if a.needs is not None else n_cat // 10
    n_spend = a.spend if a.spend is not None else n_cat
    for k, v in (("catalog", n_cat), ("suppliers", n_sup), ("needs", n_need), ("spend", n_spend)):
        if v < 0:
            ap.error(f"--{k} must be >= 0")
    if n_sup < 1:
        ap.error("--suppliers must be >= 1")
    if n_sup > 1_000_000_000 or n_need > 60_000_000:
        ap.error("too many rows for unique ids")
    os.makedirs(a.out, exist_ok=True)
    regions = load_regions(a.wilayah)
    opds = make_opds(regions)
    # Order matters only through the returned state: each file has its own stream.
    S = suppliers.write(a.out, n_sup, a.seed, regions)
    catalog.write(a.out, n_cat, a.seed, regions, S)
    N = needs.write(a.out, n_need, a.seed, regions, opds)
    totals = spend.write(a.out, n_spend, a.seed, opds, S, N)
    budgets.write(a.out, a.seed, opds, totals)
    print(f"generate.py: wrote {a.out}: suppliers={n_sup} catalog={n_cat} needs={n_need} "
          f"spend={n_spend} budgets<={len(opds)}", file=sys.stderr)


if __name__ == "__main__":
    main()
