#!/usr/bin/env python3
"""The plain-SQL peer of `sentra match` in DuckDB, for docs/performance.md.

The same hard constraints and ranking (nearness tier, then price) as
scripts/bench-match-sql.sh, run by DuckDB over the need, catalog_item and supplier
tables of a database sentra imported. The tables are copied into DuckDB first
(untimed: DuckDB here has no SQLite extension offline); only the query is timed.

usage: scripts/bench-match-duckdb.py DATABASE [AS_OF] [TOP]
needs: pip install duckdb (not installed by `make`: a peer for docs/performance.md, not part of sentra)
Prints the wall time of the query and the number of (need, candidate) rows kept,
which must equal the sqlite3 script's count on the same database.
"""
import csv
import os
import shutil
import sqlite3
import sys
import tempfile
import time

import duckdb

database = sys.argv[1]
as_of = sys.argv[2] if len(sys.argv) > 2 else "2026-01-01"
top = int(sys.argv[3]) if len(sys.argv) > 3 else 3

tables = {
    "need": "need_id, category, quantity, budget, region, needed_by, fiscal_year, required_certifications",
    "catalog_item": "nib, sku, category, unit_price, capacity_per_month, lead_time_days, certifications",
    "supplier": "nib, region, scale, active, certifications",
}
duck = duckdb.connect()
spill = tempfile.mkdtemp(prefix="sentra-duckdb-")
# Spill files go to a scratch directory (at L the join spills tens of GB), never the working directory.
duck.execute(f"SET temp_directory = '{spill}'")
with tempfile.TemporaryDirectory() as scratch:
    source = sqlite3.connect(database)
    for table, columns in tables.items():
        path = os.path.join(scratch, table + ".csv")
        with open(path, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow([c.strip() for c in columns.split(",")])
            writer.writerows(source.execute(f"SELECT {columns} FROM {table}"))
        duck.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', header = true, all_varchar = true)")
    source.close()
# Types as sentra stores them; money in sen, so no rounding enters.
duck.execute("""
    CREATE TABLE n AS SELECT need_id, category, quantity::BIGINT AS quantity, budget::BIGINT AS budget, region,
        coalesce(nullif(needed_by, ''), fiscal_year || '-12-31')::DATE AS due,
        coalesce(required_certifications, '') AS required
    FROM need;
    CREATE TABLE c AS SELECT nib, sku, category, unit_price::BIGINT AS unit_price,
        nullif(capacity_per_month, '')::BIGINT AS capacity, nullif(lead_time_days, '')::BIGINT AS lead,
        coalesce(certifications, '') AS certifications
    FROM catalog_item;
    CREATE TABLE s AS SELECT nib, region, scale, active::INTEGER AS active, coalesce(certifications, '') AS certifications
    FROM supplier;
""")
query = f"""
WITH candidate AS (
    SELECT n.need_id, n.quantity, c.nib, c.sku, c.unit_price, c.capacity, c.lead,
           CASE WHEN s.region = n.region THEN 0
                WHEN substr(s.region, 1, 2) = substr(n.region, 1, 2) THEN 1 ELSE 2 END AS tier,
           n.due - DATE '{as_of}' AS days
    FROM n
    JOIN c ON c.category = n.category AND c.unit_price * n.quantity <= n.budget
    JOIN s ON s.nib = c.nib AND s.active = 1 AND s.scale <> 'besar'
    WHERE n.required = ''
       OR instr(';' || s.certifications || ';' || c.certifications, ';' || n.required) > 0
),
feasible AS (
    SELECT * FROM candidate
    WHERE days >= 0
      AND (lead IS NULL OR lead <= days)
      AND (capacity IS NULL OR capacity * least(12, greatest(1, days // 30)) >= quantity)
),
ranked AS (
    SELECT need_id, row_number() OVER (PARTITION BY need_id ORDER BY tier, unit_price, nib, sku) AS rank
    FROM feasible
)
SELECT count(*) FROM ranked WHERE rank <= {top}
"""
start = time.perf_counter()
rows = duck.execute(query).fetchone()[0]
print(f"duckdb ranking: {rows} rows kept, {time.perf_counter() - start:.2f} s")
duck.close()
shutil.rmtree(spill, ignore_errors=True)
