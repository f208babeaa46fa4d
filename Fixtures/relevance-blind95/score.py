#!/usr/bin/env python3
"""Scores a `sentra match --format json --top 3 --as-of 2026-02-02` run on relevance-blind95 (stdlib only)."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.exit(subprocess.call([sys.executable, os.path.join(HERE, "..", "relevance-sirup", "score.py"), *sys.argv[1:], "--set", HERE, "--as-of", "2026-02-02"]))
