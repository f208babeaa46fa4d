#!/usr/bin/env python3
"""Writes needs.csv and labels.csv of this set from needs_data.py (stdlib only), by
../relevance-own/build.py's `write`: the catalog and directory are ../relevance-sirup's, and every
need is put in the `holdout` split (none of it was tuned on).
"""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("own_build", os.path.join(HERE, "..", "relevance-own", "build.py"))
own_build = importlib.util.module_from_spec(spec)
spec.loader.exec_module(own_build)
own_build.write(HERE, "HEAD-OPD", "Dinas Uji Kepala Kata")
