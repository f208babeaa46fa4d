#!/usr/bin/env bash
# Manual check that an xlsx export opens in a real spreadsheet program: LibreOffice
# headless converts every sheet back to CSV, and the Belanja (spend) sheets must hold
# the same values as `export --format csv` of the same scope.
#
# usage: scripts/check-xlsx-libreoffice.sh SENTRA_BINARY DATABASE [export options…]
# needs: soffice (apt-get install libreoffice-calc-nogui), python3
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 SENTRA_BINARY DATABASE [--year Y] [--opd CODE]" >&2; exit 64; }
SENTRA=$1; DB=$2; shift 2
command -v soffice >/dev/null || { echo "soffice missing: apt-get install -y libreoffice-calc-nogui" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$SENTRA" --db "$DB" export --format xlsx --output "$tmp/audit.xlsx" "$@"
"$SENTRA" --db "$DB" export --format csv --output "$tmp/ledger.csv" "$@"
# Filter options: comma, double quote, UTF-8, from row 1, …, sheet -1 = every sheet to its own file.
soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    --outdir "$tmp/out" "$tmp/audit.xlsx" > "$tmp/soffice.log" 2>&1
ls "$tmp/out"
python3 - "$tmp/out" "$tmp/ledger.csv" <<'PY'
import csv, glob, sys
from decimal import Decimal
out, ledger = sys.argv[1], sys.argv[2]
def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return list(csv.reader(f))
sheets = sorted(glob.glob(out + '/*Belanja*.csv'))
spend = [r for s in sheets for r in rows(s)[1:]]
expected = rows(ledger)[1:]
def same(a, b):
    if a == b: return True
    if b.startswith("'") and a == b[1:]: return True   # defused cells read back without the quote mark
    # Not "as shown": a date cell comes back in LibreOffice's en-US default (MM/DD/YYYY), a share as
    # the percent it holds (90% for the CSV's 90.00).
    month, _, rest = a.partition('/')
    day, _, year = rest.partition('/')
    if len(a) == 10 and (year, month, day) == tuple(b.split('-')): return True
    try: return Decimal(a[:-1] if a.endswith('%') else a) == Decimal(b)
    except Exception: return False
bad = [(i, x, y) for i, (r, e) in enumerate(zip(spend, expected)) for x, y in zip(r, e) if not same(x, y)]
print(f"{len(sheets)} spend sheet(s), {len(spend)} rows read back, {len(expected)} in the CSV export, {len(bad)} differing cells")
for b in bad[:10]: print("  differs:", b)
sys.exit(0 if len(spend) == len(expected) and not bad else 1)
PY
