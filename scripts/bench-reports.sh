#!/usr/bin/env bash
# Benchmark the report side on generated data: compliance over the spend ledger,
# a whole match run, one single-need match, and plan. Prints a Markdown table.
#
# usage: scripts/bench-reports.sh SENTRA_BINARY DATA_DIR
# DATA_DIR holds the five CSVs scripts/generate.py writes. Imports are untimed.
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 SENTRA_BINARY DATA_DIR" >&2; exit 64; }
SENTRA=$(command -v -- "$1")
DATA=${2%/}
[ -x /usr/bin/time ] || { echo "error: /usr/bin/time missing: apt-get install -y time" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/sentra-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
db="$tmp/bench.db"
for kind in suppliers catalog needs spend budgets; do
    echo "bench: importing $kind (untimed) ..." >&2
    "$SENTRA" --db "$db" --quiet import "$kind" "$DATA/$kind.csv"
done
rows() { echo $(( $(wc -l < "$1") - 1 )); }
echo "| what | input | wall s | peak RSS MB |"
echo "|---|---|---:|---:|"
timed() {
    local label=$1 input=$2; shift 2
    /usr/bin/time -v -o "$tmp/time.txt" "$@" > /dev/null 2> "$tmp/err.txt" || { tail -5 "$tmp/err.txt" >&2; return 1; }
    local wall rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$tmp/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$tmp/time.txt")
    echo "| $label | $input | $wall | $rss |"
}
spend=$(rows "$DATA/spend.csv"); needs=$(rows "$DATA/needs.csv"); catalog=$(rows "$DATA/catalog.csv")
timed "report compliance --format json" "$spend spend rows" "$SENTRA" --db "$db" report compliance --year 2026 --format json
timed "report compliance --by month --format csv" "$spend spend rows" "$SENTRA" --db "$db" report compliance --year 2026 --by month --format csv
timed "export --format csv" "$spend spend rows" "$SENTRA" --db "$db" export --format csv --output "$tmp/ledger.csv"
timed "export --format xlsx" "$spend spend rows" "$SENTRA" --db "$db" export --format xlsx --output "$tmp/ledger.xlsx"
one=$(awk -F, 'NR == 2 { print $1 }' "$DATA/needs.csv")
# The first match after an import builds the shelves it reads and saves them (the match cache);
# later runs read them back. Both are timed.
timed "match --need $one (one need, cache cold)" "$catalog catalog rows" "$SENTRA" --db "$db" match --need "$one" --as-of 2026-01-01 --format json
timed "match --need $one (one need, cache warm)" "$catalog catalog rows" "$SENTRA" --db "$db" match --need "$one" --as-of 2026-01-01 --format json
# A need of the largest category reads the largest shelf.
read -r big items <<< "$(python3 - "$DATA" <<'PY'
import csv, sys, collections
data = sys.argv[1]
with open(f"{data}/catalog.csv", newline="", encoding="utf-8") as f:
    sizes = collections.Counter(row["category"] for row in csv.DictReader(f))
category, count = sizes.most_common(1)[0]
with open(f"{data}/needs.csv", newline="", encoding="utf-8") as f:
    print(next(row["need_id"] for row in csv.DictReader(f) if row["category"] == category), count)
PY
)"
"$SENTRA" --db "$db" match --need "$big" --as-of 2026-01-01 --format json > /dev/null
timed "match --need $big (one need, largest category: $items items, cache warm)" "$catalog catalog rows" "$SENTRA" --db "$db" match --need "$big" --as-of 2026-01-01 --format json
if [ "${BENCH_FULL_MATCH:-0}" = 1 ]; then
    timed "match (every need, cache cold for the other categories)" "$needs needs x $catalog catalog rows" "$SENTRA" --db "$db" match --as-of 2026-01-01 --format json
    timed "match (every need, cache warm)" "$needs needs x $catalog catalog rows" "$SENTRA" --db "$db" match --as-of 2026-01-01 --format json
    echo
    python3 "$(dirname "$0")/bench-single-needs.py" "$SENTRA" "$db" "$DATA/needs.csv" 100
    echo
fi
timed "plan (every open need)" "$needs needs x $catalog catalog rows" "$SENTRA" --db "$db" plan --as-of 2026-01-01 --format json
