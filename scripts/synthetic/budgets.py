"""budgets.csv: one goods-and-services budget per OPD, some deliberately missing.

Budgets are drawn as a multiple of the OPD's generated spend so compliance
percentages land in a realistic range; about 5% of OPDs get no row, which the
report must handle.
"""

import random

from .contract import Out
from .fiscal import FISCAL_YEAR
from .products import ceil_to


def write(out_dir, seed, opds, totals):
    rng = random.Random(f"{seed}/budgets")
    rnd = rng.random
    out = Out(out_dir, "budgets")
    w = out.w.writerow
    for oi, o in enumerate(opds):
        if rnd() < 0.05:
            continue  # no budget row for this OPD
        t = totals[oi]
        if t > 0:
            b = ceil_to(t / (0.55 + 0.4 * rnd()), 1_000_000)
        else:
            b = (1 + int(50 * rnd())) * 100_000_000
        w((o[0], FISCAL_YEAR, b))
    out.close()
