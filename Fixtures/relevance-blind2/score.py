#!/usr/bin/env python3
"""Scores a `sentra match --format json` run against this set's labels.csv (stdlib only).

    sentra --db blind2.db import suppliers suppliers.csv
    sentra --db blind2.db import catalog catalog.csv
    sentra --db blind2.db import needs needs.csv
    sentra --db blind2.db match --format json --top 3 --as-of 2026-01-15 > out.json
    python3 score.py out.json [--misses] [--json]

The method is relevance-sirup/score.py's, imported (not copied) and pointed at this folder and this
set's as-of date: top-1, top-3, NDCG@3 by NIB, sku@1, needs without a product left without a candidate,
and shown candidates that break a hard constraint of CONTRACT.md "Matching".
"""
import datetime as dt
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
AS_OF = dt.date(2026, 1, 15)


def scorer():
    path = os.path.join(HERE, "..", "relevance-sirup", "score.py")
    spec = importlib.util.spec_from_file_location("relevance_sirup_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.HERE = HERE
    module.LABELS = HERE
    module.AS_OF = AS_OF
    return module


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1].startswith("-"):
        print(__doc__)
        sys.exit(64)
    sys.exit(scorer().main(sys.argv[1:]))
