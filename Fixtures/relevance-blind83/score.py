#!/usr/bin/env python3
"""Scores a `sentra match --format json --top 3 --as-of 2026-02-02` run against this set (stdlib).

    python3 score.py out.json [--misses] [--json]

The scoring is ../relevance-sirup/score.py's, with --set pointing at this folder and this set's as-of.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "relevance-sirup", "score.py")
sys.exit(subprocess.call([sys.executable, SCORER, *sys.argv[1:], "--set", HERE, "--as-of", "2026-02-02"]))
