"""The synthetic data behind scripts/generate.py, one module per thing it makes.

The generator is split by what it writes so a change to, say, how spend rows are
drawn is made in spend.py without reading the product list or the OPD table.
Each generated file has its own random stream ("<seed>/<file>"), drawn in the
order the module's code draws it: reordering two random calls, or drawing
one more, changes that file's bytes. Same arguments must keep giving the same
bytes (docs/performance.md's figures are measured on these files), so compare
the sha256 of every file before and after any change here.

Modules by what they hold:
  contract      the five files' headers and the atomic CSV writer
  fiscal        the fiscal year and its calendar of dates
  weights       cumulative weights, weighted picks and the skew multipliers
  regions       Kemendagri region codes (data/wilayah) and their weights
  products      the product taxonomy per category, prices, regional specialities
  names         words for business and vendor names
  opds          the 200 OPDs, their programs and purposes
  certificates  certificate numbers as suppliers and items carry them
  suppliers, catalog, needs, spend, budgets   one generator per output file
"""
