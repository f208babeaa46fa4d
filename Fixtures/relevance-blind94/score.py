#!/usr/bin/env python3
"""Scores `sentra match --format json --top 3 --as-of 2026-02-02` output against this set (stdlib only)."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "..", "relevance-sirup", "score.py")
sys.exit(subprocess.call([sys.executable, SCORER, *sys.argv[1:], "--set", HERE, "--as-of", "2026-02-02"]))
