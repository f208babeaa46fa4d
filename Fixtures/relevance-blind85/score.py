#!/usr/bin/env python3
"""Scores a `sentra match --format json` run against this set's labels.csv (stdlib only).

    sentra --db blind85.db import suppliers suppliers.csv
    sentra --db blind85.db import catalog catalog.csv
    sentra --db blind85.db import needs needs.csv
    sentra --db blind85.db match --format json --top 3 --as-of 2026-02-02 > out.json
    python3 score.py out.json [--misses] [--json]

The scoring is ../relevance-sirup/score.py's, run with --set pointing here (this set's own suppliers,
catalog, needs and labels) and this set's as-of date: top-1, top-3 and NDCG@3 per split (by NIB),
sku@1, how many needs without an acceptable product are left without a candidate ("empty ok"), and
shown candidates breaking a hard constraint of CONTRACT.md "Matching".
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "relevance-sirup", "score.py")
sys.exit(subprocess.call([sys.executable, SCORER, *sys.argv[1:], "--set", HERE, "--as-of", "2026-02-02"]))
