#!/usr/bin/env python3
"""Scores a `sentra match --format json` run against this set's labels.csv, over the catalog of
../relevance-sirup: its score.py with `--labels` pointing here (stdlib only).

    python3 score.py out.json [--misses] [--json]
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "relevance-sirup", "score.py")
sys.exit(subprocess.call([sys.executable, SCORER, *sys.argv[1:], "--labels", HERE]))
