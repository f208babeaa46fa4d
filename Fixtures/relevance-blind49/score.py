#!/usr/bin/env python3
"""Scores a `sentra match --format json` run against this set's labels (stdlib): see README.md and
../relevance-sirup/score.py (top-1, top-3, NDCG@3 by NIB, sku@1, "empty ok", constraint violations)."""
import os, subprocess, sys  # noqa: E401
HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "relevance-sirup", "score.py"), *sys.argv[1:], "--set", HERE, "--as-of", "2026-02-02"]))
