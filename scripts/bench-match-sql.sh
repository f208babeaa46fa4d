#!/usr/bin/env bash
# The plain-SQL peer of `sentra match` for docs/performance.md: the hard constraints and a
# ranking by nearness tier, then price, as one query in the sqlite3 shell over a database
# sentra imported. It prints the wall time and the number of (need, candidate) rows kept.
#
# usage: scripts/bench-match-sql.sh DATABASE [AS_OF] [TOP]
# Simplification: at most one required certificate per need (what the generator writes).
set -euo pipefail
DB=$1; AS_OF=${2:-2026-01-01}; TOP=${3:-3}
start=$(date +%s.%N)
rows=$(sqlite3 "$DB" <<SQL
WITH candidate AS (
    SELECT n.need_id, c.nib, c.sku, c.unit_price,
           CASE WHEN s.region = n.region THEN 0
                WHEN substr(s.region, 1, 2) = substr(n.region, 1, 2) THEN 1 ELSE 2 END AS tier,
           julianday(coalesce(n.needed_by, n.fiscal_year || '-12-31')) - julianday('$AS_OF') AS days
    FROM need n
    JOIN catalog_item c ON c.category = n.category AND c.unit_price * n.quantity <= n.budget
    JOIN supplier s ON s.nib = c.nib AND s.active = 1 AND s.scale <> 'besar'
    WHERE (n.required_certifications = ''
           OR instr(';' || s.certifications || ';' || c.certifications, ';' || n.required_certifications) > 0)
),
feasible AS (
    SELECT * FROM candidate c
    JOIN catalog_item i ON i.nib = c.nib AND i.sku = c.sku
    JOIN need n ON n.need_id = c.need_id
    WHERE c.days >= 0
      AND (i.lead_time_days IS NULL OR i.lead_time_days <= c.days)
      AND (i.capacity_per_month IS NULL
           OR i.capacity_per_month * min(12, max(1, CAST(c.days / 30 AS INTEGER))) >= n.quantity)
),
ranked AS (
    SELECT need_id, row_number() OVER (PARTITION BY need_id ORDER BY tier, unit_price, nib, sku) AS rank
    FROM feasible
)
SELECT count(*) FROM ranked WHERE rank <= $TOP;
SQL
)
end=$(date +%s.%N)
echo "sqlite3 ranking: $rows rows kept, $(echo "$end - $start" | bc) s"
