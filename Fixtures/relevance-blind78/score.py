#!/usr/bin/env python3
"""Scores a `sentra match --format json` run against this set's labels.csv (stdlib only).

    python3 score.py out.json [--misses] [--json]

The scoring is ../relevance-sirup/score.py's, run with --set pointing here and this set's as-of date.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "relevance-sirup", "score.py")
sys.exit(subprocess.call([sys.executable, SCORER, *sys.argv[1:], "--set", HERE, "--as-of", "2026-02-02"]))
