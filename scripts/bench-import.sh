#!/usr/bin/env bash
# Benchmark `sentra import catalog` against a bare `sqlite3 .import`.
#
# usage: scripts/bench-import.sh SENTRA_BINARY DATA_DIR
#        scripts/bench-import.sh - DATA_DIR        # sqlite3 baseline only
#
# DATA_DIR must hold suppliers.csv and catalog.csv (scripts/generate.py writes
# them). For sentra, suppliers.csv is imported first (untimed) into a fresh
# database, then `sentra --db DB import catalog catalog.csv` is timed. For the
# baseline, `sqlite3 DB -cmd ".mode csv" ".import catalog.csv catalog"` is
# timed into a fresh database (bare table, all TEXT columns, no indexes).
#
# Both runs go through GNU `/usr/bin/time -v`; wall seconds are its "Elapsed
# (wall clock)" figure (0.01 s resolution; a nanosecond clock taken around the
# run is used instead when that reads 0.00), peak RSS is its "Maximum resident
# set size". The catalog is read once (wc -l) before timing, so both runs start
# with it in the page cache. Prints a Markdown table on stdout; progress goes
# to stderr. Temporary databases live under mktemp -d ($TMPDIR) and are removed
# on exit.
set -euo pipefail

usage() {
    echo "usage: $0 SENTRA_BINARY DATA_DIR   (SENTRA_BINARY '-' = sqlite3 baseline only)" >&2
    exit 64
}
[ $# -eq 2 ] || usage
SENTRA=$1
DATA_DIR=${2%/}

TIME_BIN=/usr/bin/time
if [ ! -x "$TIME_BIN" ]; then
    echo "error: $TIME_BIN not found; it is needed to measure peak memory." >&2
    echo "       Install GNU time:  apt-get install -y time" >&2
    exit 1
fi
if ! "$TIME_BIN" -v true >/dev/null 2>&1; then
    echo "error: $TIME_BIN does not support -v (not GNU time?)." >&2
    echo "       Install GNU time:  apt-get install -y time" >&2
    exit 1
fi
if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "error: sqlite3 not found (apt-get install -y sqlite3)" >&2
    exit 1
fi
if [ "$SENTRA" != "-" ]; then
    if ! SENTRA_PATH=$(command -v -- "$SENTRA"); then
        echo "error: sentra binary '$SENTRA' not found or not executable" >&2
        exit 66
    fi
    SENTRA=$SENTRA_PATH
fi
for f in catalog.csv suppliers.csv; do
    if [ ! -r "$DATA_DIR/$f" ]; then
        [ "$f" = suppliers.csv ] && [ "$SENTRA" = "-" ] && continue
        echo "error: $DATA_DIR/$f missing or unreadable" >&2
        exit 66
    fi
done
CATALOG=$(cd "$DATA_DIR" && pwd -P)/catalog.csv
SUPPLIERS=$(cd "$DATA_DIR" && pwd -P)/suppliers.csv

tmp=$(mktemp -d "${TMPDIR:-/tmp}/sentra-bench.XXXXXX")
cleanup() { rm -rf -- "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# data rows = lines - header (count a last line without a trailing newline too)
count_rows() {
    local f=$1 n
    n=$(wc -l <"$f")
    if [ -s "$f" ] && [ -n "$(tail -c 1 -- "$f")" ]; then
        n=$((n + 1))
    fi
    [ "$n" -gt 0 ] && n=$((n - 1))
    echo "$n"
}

now_ns() { date +%s%N; }

# Seconds from GNU time's "Elapsed (wall clock) time (h:mm:ss or m:ss): V",
# V being m:ss.cc or h:mm:ss (older versions may print plain seconds).
parse_elapsed() {
    awk '
        /Elapsed \(wall clock\)/ {
            v = $NF; n = split(v, p, ":"); s = 0
            for (i = 1; i <= n; i++) s = s * 60 + p[i]
            printf "%.2f\n", s; found = 1; exit
        }
        END { if (!found) print "" }' "$1"
}

# Peak RSS in kB from "Maximum resident set size (kbytes): N"
parse_rss_kb() {
    awk -F: '
        /Maximum resident set size/ {
            gsub(/[^0-9]/, "", $NF); print $NF; found = 1; exit
        }
        END { if (!found) print "" }' "$1"
}

# run_timed LABEL ROWS CMD...  -> appends one Markdown row to $tmp/rows.md
run_timed() {
    local label=$1 rows=$2
    shift 2
    local tf="$tmp/time.$label.txt" log="$tmp/log.$label.txt" t0 t1 rc=0
    echo "bench: timing $label ..." >&2
    t0=$(now_ns)
    "$TIME_BIN" -v -o "$tf" "$@" >"$log" 2>&1 || rc=$?
    t1=$(now_ns)
    if [ "$rc" -ne 0 ]; then
        echo "error: $label failed (exit $rc): $*" >&2
        tail -n 20 "$log" >&2 || true
        exit 1
    fi
    local wall rss_kb
    wall=$(parse_elapsed "$tf")
    rss_kb=$(parse_rss_kb "$tf")
    if [ -z "$wall" ] || awk -v w="$wall" 'BEGIN { exit !(w <= 0) }'; then
        wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    fi
    if [ -z "$rss_kb" ]; then
        echo "warning: no 'Maximum resident set size' in $TIME_BIN output for $label" >&2
    fi
    awk -v tool="$label" -v rows="$rows" -v wall="$wall" -v rss="$rss_kb" 'BEGIN {
        rps = (wall > 0) ? sprintf("%.0f", rows / wall) : "n/a"
        mb = (rss != "") ? sprintf("%.1f", rss / 1024) : "n/a"
        printf "| %s | %d | %s | %s | %s |\n", tool, rows, wall, rps, mb
    }' >>"$tmp/rows.md"
}

ROWS=$(count_rows "$CATALOG")
echo "bench: $CATALOG: $ROWS rows; scratch dir $tmp" >&2
: >"$tmp/rows.md"

# (a) sentra: suppliers untimed, then catalog timed, into a fresh database
if [ "$SENTRA" != "-" ]; then
    echo "bench: importing suppliers (untimed) ..." >&2
    if ! "$SENTRA" --db "$tmp/bench.db" import suppliers "$SUPPLIERS" >"$tmp/log.suppliers.txt" 2>&1; then
        echo "error: sentra import suppliers failed:" >&2
        tail -n 20 "$tmp/log.suppliers.txt" >&2 || true
        exit 1
    fi
    run_timed "sentra import catalog" "$ROWS" \
        "$SENTRA" --db "$tmp/bench.db" import catalog "$CATALOG"
fi

# (b) sqlite3 baseline: bare table created from the header row
run_timed "sqlite3 .import" "$ROWS" \
    sqlite3 "$tmp/plain.db" -cmd ".mode csv" ".import \"$CATALOG\" catalog"
loaded=$(sqlite3 "$tmp/plain.db" "SELECT count(*) FROM catalog;")
if [ "$loaded" != "$ROWS" ]; then
    echo "warning: sqlite3 loaded $loaded rows, line count says $ROWS (embedded line breaks?)" >&2
fi

echo "| tool | rows | wall s | rows/s | peak RSS MB |"
echo "|---|---:|---:|---:|---:|"
cat "$tmp/rows.md"
